package org.careloop.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.support.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's main navigation offers each person the pages of their roles, in a fixed order. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationTests {

    private static final Pattern MAIN_NAV = Pattern.compile("<nav aria-label=\"Main\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>");

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest(name = "{0} on {1} sees {2}")
    @CsvSource(delimiter = ';', value = {
            "cm.rivera; /worklist; /worklist=Worklist|/patients=Patients|/community=Community resources|/referrals=Referrals|/directory=Directory",
            "rn.patel; /worklist; /worklist=Worklist|/patients=Patients|/community=Community resources|/referrals=Referrals",
            "dr.chen; /inbox; /patients=Patients|/inbox=Inbox|/community=Community resources|/referrals=Referrals",
            "biller; /billing; /billing=Billing month",
            "admin; /admin; /patients=Patients|/community=Community resources|/referrals=Referrals|/billing=Billing month|/directory=Directory|/admin=Administration"})
    void theHeaderOffersThePagesOfThePersonsRoles(String username, String page, String expected) {
        String body = WebSession.signIn(port, username, "careloop-demo").get(page).body();
        Matcher nav = MAIN_NAV.matcher(body);
        assertThat(nav.find()).as(body).isTrue();
        Matcher link = LINK.matcher(nav.group(1));
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1) + "=" + link.group(2));
        }
        assertThat(links).containsExactly(expected.split("\\|"));
    }
}
