package io.draftwave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which parts of Draftwave and which libraries each source file under
 * {@code src/main/java/io/draftwave} uses, from its imports and the qualified names in
 * its code (comments left out), and reports every use its part may not make.
 * <p>
 * A part is a capability package ({@code corpus}, {@code search}, …), a sub-package named
 * in the rules ({@code web.openai}; other sub-packages count as their capability), or
 * {@link #ROOT}, the top-level classes. A top-level class is used by its simple name
 * ({@code DraftwaveProperties}). A library is a package prefix
 * ({@code org.apache.lucene}).
 */
final class DependencyRules {

	/** The part of the top-level classes ({@code io.draftwave.*}). */
	static final String ROOT = "(root)";

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

	private static final Pattern PACKAGE_LINE = Pattern.compile("^package [\\w.]+;", Pattern.MULTILINE);

	private static final Pattern DRAFTWAVE = Pattern.compile("(?<![\\w.])io\\.draftwave\\.([\\w.]+)");

	private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])([a-z]\\w*(?:\\.[a-z]\\w*)+)\\.[A-Z*]");

	private final Map<String, Set<String>> parts;

	private final Map<String, Set<String>> libraries;

	/**
	 * @param parts each part and the parts (or top-level classes) it may use
	 * @param libraries each library prefix and the parts that may use it
	 */
	DependencyRules(Map<String, Set<String>> parts, Map<String, Set<String>> libraries) {
		this.parts = parts;
		this.libraries = libraries;
	}

	/**
	 * The rule breaches of every source file under the folder, sorted; empty when there
	 * are none.
	 */
	List<String> check(Path sources) {
		List<String> breaches = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				breaches.addAll(check(sources.relativize(file), Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return breaches;
	}

	/**
	 * The rule breaches of one file, e.g.
	 * {@code corpus/Leaky.java: corpus uses org.apache.lucene
	 * (org.apache.lucene.document.Document)}, one per name used.
	 * @param relative the file's path below {@code io/draftwave}, e.g.
	 * {@code corpus/Leaky.java}
	 */
	List<String> check(Path relative, String source) {
		String part = partOf(relative);
		String code = PACKAGE_LINE.matcher(COMMENT.matcher(source).replaceAll(" ")).replaceAll("");
		Set<String> breaches = new TreeSet<>();
		if (!parts.containsKey(part)) {
			breaches.add(relative + ": " + part + " has no rule of its own; name what it may use");
		}
		Matcher draftwave = DRAFTWAVE.matcher(code);
		while (draftwave.find()) {
			String used = target(draftwave.group(1));
			if (!used.equals(part) && !(part.equals(ROOT) && Character.isUpperCase(used.charAt(0)))
					&& !parts.getOrDefault(part, Set.of()).contains(used)) {
				breaches.add(relative + ": " + part + " uses " + used + " (io.draftwave." + draftwave.group(1) + ")");
			}
		}
		Matcher qualified = QUALIFIED.matcher(code);
		while (qualified.find()) {
			String pkg = qualified.group(1);
			libraries.forEach((prefix, allowed) -> {
				if ((pkg.equals(prefix) || pkg.startsWith(prefix + ".")) && !allowed.contains(part)) {
					breaches.add(relative + ": " + part + " uses " + prefix + " (" + pkg + ")");
				}
			});
		}
		return List.copyOf(breaches);
	}

	/** The part a file belongs to, from its folder below {@code io/draftwave}. */
	String partOf(Path relative) {
		if (relative.getNameCount() < 2) {
			return ROOT;
		}
		return part(relative.getParent().toString().replace(relative.getFileSystem().getSeparator(), "."));
	}

	/** The part, or top-level class, a name below {@code io.draftwave.} stands for. */
	private String target(String name) {
		String[] segments = name.split("\\.");
		if (Character.isUpperCase(segments[0].charAt(0))) {
			return segments[0];
		}
		StringBuilder pkg = new StringBuilder(segments[0]);
		for (int i = 1; i < segments.length && Character.isLowerCase(segments[i].charAt(0)); i++) {
			pkg.append('.').append(segments[i]);
		}
		return part(pkg.toString());
	}

	/**
	 * A package below {@code io.draftwave}: itself when the rules name it, else its
	 * capability.
	 */
	private String part(String pkg) {
		if (parts.containsKey(pkg)) {
			return pkg;
		}
		int dot = pkg.indexOf('.');
		return dot < 0 ? pkg : pkg.substring(0, dot);
	}

}
