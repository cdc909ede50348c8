package io.draftwave.audit;

import java.time.Clock;

import io.r2dbc.spi.ConnectionFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's beans: its store, its one writer and the chain's check. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditStore auditStore(ConnectionFactory connections) {
		return new AuditStore(connections);
	}

	@Bean
	AuditTrail auditTrail(AuditStore store, AuditProperties properties) {
		return new AuditTrail(store, properties, Clock.systemUTC());
	}

	@Bean
	AuditVerification auditVerification(AuditStore store) {
		return new AuditVerification(store);
	}

}
