package io.gloss.config.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.gloss.core.port.out.DigestPostException;
import io.gloss.core.port.out.DigestPoster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of the modules, enforced: the core knows no chat platform and no LLM
 * provider, adapters do not know each other, and only {@code config} reads the environment.
 */
class DependencyRulesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test jars of other modules (discord-adapter's loopback fake) are tests too.
            .withImportOption(location -> !location.asURI().toString().contains("-tests.jar"))
            .importPackages("io.gloss");
  }

  @Test
  void core_importsNoChatPlatformOrLlmProvider() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.gloss.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "net.dv8tion..",
                "com.slack..",
                "dev.langchain4j.model.openai..",
                "dev.langchain4j.model.anthropic..",
                "dev.langchain4j.model.googleai..",
                "dev.langchain4j.model.ollama..",
                "io.gloss.slack..",
                "io.gloss.discord..",
                "io.gloss.config..");
    rule.check(classes);
  }

  @Test
  void domainAndPorts_importNoLibraries() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("io.gloss.core.domain..", "io.gloss.core.port..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.jsoup..",
                "dev.langchain4j..",
                "com.github.benmanes..",
                "okhttp3..",
                "org.apache.lucene..",
                "java.sql..",
                "com.fasterxml..");
    rule.check(classes);
  }

  @Test
  void slackAdapter_doesNotKnowDiscord() {
    noClasses()
        .that()
        .resideInAPackage("io.gloss.slack..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.gloss.discord..", "net.dv8tion..", "io.gloss.config..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void discordAdapter_doesNotKnowSlack() {
    noClasses()
        .that()
        .resideInAPackage("io.gloss.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.gloss.slack..", "com.slack..", "io.gloss.config..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * Issue #11: the adapters translate platform events into core use cases and render the results;
   * they never reach past {@code port.in} into stores, the cache, fetching, extraction, the
   * conversation services or the digest's internals (runner, planner, scheduler, grouping,
   * commands), nor into {@code core.url}: links in message text are read through {@code
   * port.in.FindLinksUseCase}, canonicalized once by the use cases. The renderers read the digest's
   * value types in {@code core.digest.view}. Issue #12: the one out-port an adapter may know is
   * {@link DigestPoster} (with the {@link DigestPostException} its method throws), because the
   * adapters implement it: the core calls them to post a digest. Issue #18: Discord's session
   * controller asks the identify gate through {@code port.in}, never the gate's store-backed
   * implementation in {@code core.gateway}.
   */
  @Test
  void adapters_useOnlyTheCoresUseCases_neverItsOutPortsOrInternals() {
    DescribedPredicate<JavaClass> internals =
        resideInAnyPackage(
                "io.gloss.core.port.out..",
                "io.gloss.core.store..",
                "io.gloss.core.url..",
                "io.gloss.core.cache..",
                "io.gloss.core.fetch..",
                "io.gloss.core.extract..",
                "io.gloss.core.conversation..",
                "io.gloss.core.gateway..",
                "io.gloss.core.digest")
            .and(not(belongToAnyOf(DigestPoster.class, DigestPostException.class)));
    noClasses()
        .that()
        .resideInAnyPackage("io.gloss.slack..", "io.gloss.discord..")
        .should()
        .dependOnClassesThat(internals.as("core out-ports (but DigestPoster) or internals"))
        .check(classes);
  }

  @Test
  void onlyConfig_readsTheEnvironment() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.gloss.config..")
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .check(classes);
  }
}
