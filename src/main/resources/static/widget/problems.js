// Problems from the service (RFC 9457 problem details, or no answer at all) in words an official
// understands, with the service's own words kept as detail.

/** A problem as {kind, message, detail}: origin, unauthorized, forbidden, rate, invalid or server. */
export function describeProblem(t, problem, status, retryAfter) {
	const p = t.problems;
	const type = String(problem.type || '');
	const detail = [problem.title, problem.detail].filter(Boolean).join(': ');
	if (type.endsWith('/origin-not-allowed')) return { kind: 'origin', message: p.origin(location.origin), detail };
	if (status === 401) return { kind: 'unauthorized', message: p.unauthorized, detail };
	if (status === 403) return { kind: 'forbidden', message: p.forbidden, detail };
	if (status === 429) return { kind: 'rate', message: p.tooMany(retryAfter), detail };
	if (status >= 400 && status < 500) return { kind: 'invalid', message: p.invalid(problem.detail || problem.title || status), detail };
	return { kind: 'server', message: p.server, detail };
}

/** The problem of a response that is not ok. */
export async function readProblem(t, response) {
	let body = null;
	try { body = await response.json(); } catch (e) { body = null; }
	return describeProblem(t, body || {}, response.status, response.headers.get('Retry-After'));
}

/**
 * A request that failed before any answer: the service is unreachable, or it refused this page's
 * origin (the browser hides why; a plain GET, which needs no preflight, lets the refusal be read).
 */
export async function diagnose(t, base, lang) {
	try {
		const response = await fetch(base + 'api/documents', { headers: { 'Accept-Language': lang } });
		if (response.status === 403) {
			const problem = await readProblem(t, response);
			if (problem.kind === 'origin') return problem;
		}
	} catch (e) {
		// unreachable as well
	}
	return { kind: 'network', message: t.problems.network };
}
