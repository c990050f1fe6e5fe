package dev.timelineexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which: dependencies point one way, from the app's entry point down to the model, and the
 * model, the readers and the indexes know nothing of JavaFX. A class that imports a layer above its own fails here.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.timelineexplorer");

    @Test
    void givenTheMainCode_whenItsDependenciesAreRead_thenEachLayerUsesOnlyThoseBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy("dev.timelineexplorer.model..")
                .layer("io")
                .definedBy("dev.timelineexplorer.io..")
                .layer("index")
                .definedBy("dev.timelineexplorer.index..")
                .layer("view")
                .definedBy("dev.timelineexplorer.view..")
                .layer("settings")
                .definedBy("dev.timelineexplorer.app.settings..")
                .layer("export")
                .definedBy("dev.timelineexplorer.app.export..")
                .layer("map")
                .definedBy("dev.timelineexplorer.app.map..")
                .layer("window")
                .definedBy("dev.timelineexplorer.app.window..")
                .layer("cli")
                .definedBy("dev.timelineexplorer.app.cli..")
                .layer("entry")
                .definedBy("dev.timelineexplorer.app")
                .whereLayer("entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("entry")
                .whereLayer("window")
                .mayOnlyBeAccessedByLayers("cli", "entry")
                .whereLayer("map")
                .mayOnlyBeAccessedByLayers("window", "cli", "entry")
                .whereLayer("export")
                .mayOnlyBeAccessedByLayers("map", "window", "cli", "entry")
                .whereLayer("settings")
                .mayOnlyBeAccessedByLayers("export", "map", "window", "cli", "entry")
                .whereLayer("view")
                .mayOnlyBeAccessedByLayers("settings", "export", "map", "window", "cli", "entry")
                .whereLayer("index")
                .mayOnlyBeAccessedByLayers("view", "settings", "export", "map", "window", "cli", "entry")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("index", "view", "settings", "export", "map", "window", "cli", "entry")
                .check(MAIN);
    }

    @Test
    void givenTheModelReadersAndIndexes_whenTheirDependenciesAreRead_thenNoneIsJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.timelineexplorer.model..", "dev.timelineexplorer.io..", "dev.timelineexplorer.index..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(MAIN);
    }
}
