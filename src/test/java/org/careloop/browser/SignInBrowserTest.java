package org.careloop.browser;

import org.careloop.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a real browser, and the header it leads to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void aCareManagerSignsInAndSeesWhoSheIs() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.rivera", "careloop-demo");
            assertThat(browser.currentPath()).isEqualTo("/worklist");
            assertThat(browser.text()).contains("Maria Rivera").contains("Riverside Family Medicine");
            browser.screenshot("sign-in-then-home");
        }
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("cm.okafor", "not-the-password");
            assertThat(browser.currentPath()).isEqualTo("/login?error");
            assertThat(browser.text()).contains("did not match");
            browser.screenshot("sign-in-failed");
        }
    }

    @Test
    void choosingAnotherPracticeInTheHeaderSwitchesToIt() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("biller", "careloop-demo").visit("/billing");
            Select practice = new Select(browser.field("practice-select"));
            String other = practice.getOptions().stream().filter(option -> !option.isSelected()).findFirst()
                    .orElseThrow().getText();
            practice.selectByVisibleText(other);
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().contains(other));
            assertThat(new Select(browser.field("practice-select")).getFirstSelectedOption().getText()).isEqualTo(other);
            browser.screenshot("header-practice-switched");
        }
    }

    @Test
    void theBrowserRefusesAnInlineScriptAndTheTestsNoticeIt() {
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login");
            Object ran = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                            + " document.body.appendChild(s); return window.injected === true;");
            assertThat(ran).isEqualTo(false);
            assertThat(browser.takePolicyViolations()).anyMatch(message -> message.contains("inline script"));
        }
    }
}
