package org.switchboard.platform.config;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator overrides any setting with an environment variable: the WAR's defaults sit below
 * environment variables in MicroProfile Config's order. The test run starts the server with
 * {@code SWITCHBOARD_HELP_LINKS} set (see the failsafe configuration in pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    @Inject
    HelpLinks helpLinks;

    @Test
    void anEnvironmentVariableOverridesTheDefaultShippedInTheWar() {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue("switchboard.help-links");

        assertTrue(value.getValue().contains("Operator's handbook"), value.getValue());
        assertTrue(value.getSourceOrdinal() >= 300, "from " + value.getSourceName());
        assertTrue(helpLinks.links().stream().anyMatch(link -> link.title().equals("Operator's handbook")),
                "the Welcome page's links follow the environment");
    }

    @Test
    void aSettingNobodyOverridesComesFromTheWarAtTheLowestOrdinal() {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue("switchboard.login.max-failures");

        assertEquals("5", value.getValue());
        assertEquals(100, value.getSourceOrdinal(), "from " + value.getSourceName());
    }
}
