package org.careloop.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started CareLoop where to point the browser and how to sign in. */
@Component
class DemoWelcome {

    private final Environment environment;
    private final boolean demo;

    DemoWelcome(Environment environment, @Value("${careloop.demo-enabled:false}") boolean demo) {
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // a command-line run, no web server
        }
        StringBuilder text = new StringBuilder()
                .append("\n\n  CareLoop is running at http://localhost:").append(port).append("/\n");
        if (demo) {
            text.append("  Demo sign-ins (password ").append(DemoData.PASSWORD).append("):\n")
                    .append("    cm.rivera  care manager, Riverside Family Medicine\n")
                    .append("    cm.okafor  care manager, Hillcrest Internal Medicine\n")
                    .append("    rn.patel   nurse, Riverside\n")
                    .append("    dr.chen    provider, Riverside\n")
                    .append("    biller     biller, both practices\n")
                    .append("    admin      administrator, both practices\n");
        }
        text.append("  API docs: http://localhost:").append(port).append("/swagger-ui.html\n");
        System.out.println(text);
    }
}
