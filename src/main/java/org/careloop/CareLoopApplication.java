package org.careloop;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CareLoop: chronic care management for care managers, providers and billers.
 *
 * <p>{@code java -jar careloop.jar} serves the web application; {@code java -jar careloop.jar import PATH...}
 * bulk-loads FHIR bundles and exits; {@code java -jar careloop.jar benchmark-import [PATH | --generate N]}
 * measures the import path.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareLoopApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLineTool.isCommand(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(CareLoopApplication.class, args);
    }

    private static int runCommand(String[] args) {
        SpringApplication application = new SpringApplication(CareLoopApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(java.util.Map.of(
                "spring.main.banner-mode", "off",
                "careloop.command-line", "true",
                "logging.level.root", "WARN"));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = application.run()) {
            return context.getBeansOfType(CommandLineTool.class).values().stream()
                    .filter(tool -> tool.name().equals(args[0]))
                    .findFirst()
                    .map(tool -> tool.run(rest))
                    .orElse(2);
        }
    }
}
