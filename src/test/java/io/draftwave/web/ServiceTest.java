package io.draftwave.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port with a {@code WebTestClient} bound to it, on a
 * scratch data folder of its own ({@code draftwave.data-dir}, see
 * {@link ScratchDataFolder}), with a database schema of its own when the tests run on
 * PostgreSQL ({@link ScratchDatabase}) and with nothing indexed at start
 * ({@code draftwave.corpus.sync-on-start=false}). A test class adds its own settings with
 * {@code @DynamicPropertySource}; classes with the same settings share one running
 * service (Spring's context cache) and so one data folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "draftwave.corpus.sync-on-start=false")
@AutoConfigureWebTestClient(timeout = "30s")
@ContextConfiguration(initializers = { ScratchDataFolder.class, ScratchDatabase.class })
public @interface ServiceTest {

}
