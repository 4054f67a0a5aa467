package org.switchboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction between business areas. Each area names the areas it may use; everything it uses
 * lies below it, so the areas form a ladder with no way back up. Where a lower area must tell a
 * higher one that something happened (a person signed out, a client left a portal), it fires a CDI
 * event the higher area observes. README's "How it is built" draws the same ladder.
 */
class ArchitectureTest {

    private static final String ROOT = "org.switchboard";

    /** Area → the areas it may use, bottom of the ladder first. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        area("platform");
        area("audit", "platform");
        area("identity", "platform", "audit");
        area("account", "platform", "audit", "identity");
        area("client", "platform", "audit", "identity", "account");
        area("invitation", "platform", "audit", "identity", "account", "client");
        area("access", "platform", "audit", "identity", "account", "client", "invitation");
        area("support", "platform", "audit", "identity", "account", "client");
        area("billing", "platform", "audit", "identity", "account", "client", "invitation");
        area("referral", "platform", "audit", "identity", "account", "client", "billing");
        area("earnings", "platform", "audit", "identity", "account", "client", "billing", "referral");
        area("portal", "platform", "audit", "identity", "account", "client", "access", "invitation", "support");
        area("webhook", "platform", "audit", "identity", "account", "client", "invitation", "access", "billing",
                "referral", "earnings");
        area("api", "platform", "audit", "identity", "account", "client", "invitation", "access", "support", "billing",
                "referral", "earnings", "portal", "webhook");
        area("demo", MAY_USE.keySet().toArray(String[]::new));
    }

    private static void area(String name, String... mayUse) {
        MAY_USE.put(name, Set.of(mayUse));
    }

    private static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyClassLivesInADeclaredArea() {
        classes().should().resideInAnyPackage(MAY_USE.keySet().stream()
                        .map(area -> ROOT + "." + area + "..").toArray(String[]::new))
                .because("a new area takes its place on the ladder here before it holds code")
                .check(application);
    }

    @TestFactory
    Stream<DynamicTest> eachAreaUsesOnlyTheAreasBelowIt() {
        return MAY_USE.keySet().stream().map(area -> DynamicTest.dynamicTest(area, () -> {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(area) && !MAY_USE.get(area).contains(other))
                    .map(other -> ROOT + "." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length == 0) {
                return;
            }
            noClasses().that().resideInAPackage(ROOT + "." + area + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(area + " may use only " + (MAY_USE.get(area).isEmpty() ? "the platform's libraries"
                            : String.join(", ", MAY_USE.get(area))))
                    .check(application);
        }));
    }

    @Test
    void areasAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void aViewNeverUsesAnotherAreasView() {
        slices().matching(ROOT + ".(*).view..").should().notDependOnEachOther()
                .because("a page's bean talks to boundaries; pages of two areas meet only in the XHTML")
                .check(application);
    }

    @Test
    void nothingUsesTheDemoData() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
                .because("the demo data may be left out of a production build without breaking anything")
                .check(application);
    }

    @Test
    void theLadderItselfHasNoWayBackUp() {
        List<String> order = List.copyOf(MAY_USE.keySet());
        Map<String, Set<String>> above = MAY_USE.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream()
                        .filter(used -> order.indexOf(used) >= order.indexOf(entry.getKey()))
                        .collect(Collectors.toSet())));
        above.forEach((area, wrong) -> {
            if (!wrong.isEmpty()) {
                throw new AssertionError(area + " may use " + wrong + ", which are not below it");
            }
        });
    }
}
