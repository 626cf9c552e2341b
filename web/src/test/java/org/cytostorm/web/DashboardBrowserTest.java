package org.cytostorm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cytostorm.common.testing.Executables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard driven as a user drives it, in headless Chromium through Selenium (Debian's
 * chromium and chromium-driver; no download): pick a scenario, shorten the run, change a parameter,
 * add a dose, run, see the charts drawn and the command line; keep the run and run again to compare;
 * run a 50-patient trial and see its report; run a small tissue patch and play its animation.
 */
class DashboardBrowserTest {

    @TempDir
    Path dir;

    @Test
    void runAScenarioWithAChangedParameterAndADoseThenCompare() throws Exception {
        try (DashboardServer server = DashboardServer.start(DashboardServer.LOOPBACK, 0, dir.resolve("out"))) {
            WebDriver driver = driver();
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                new Select(driver.findElement(By.id("scenario"))).selectByValue("car-t-axi-cel");
                driver.findElement(By.id("duration")).sendKeys("120");
                driver.findElement(By.cssSelector("#parameters-box summary")).click();
                driver.findElement(By.id("filter")).sendKeys("cart_dose");
                WebElement dose = driver.findElement(By.cssSelector("#parameters input[name=cart_dose]"));
                dose.clear();
                dose.sendKeys("4");
                new Select(driver.findElement(By.id("drug"))).selectByValue("tocilizumab");
                WebElement at = driver.findElement(By.id("dose-time"));
                at.clear();
                at.sendKeys("48");
                driver.findElement(By.id("add-dose")).click();
                assertEquals("tocilizumab:8mg/kg@48hremove", driver.findElement(By.id("doses")).getText().replace("\n", ""));

                driver.findElement(By.id("run")).click();
                wait.until(d -> d.findElement(By.id("status")).getText().equals("done")
                        || !d.findElement(By.id("error")).getText().isEmpty());
                assertEquals("", driver.findElement(By.id("error")).getText(), "no error");
                String command = driver.findElement(By.id("command")).getText();
                assertEquals("./cytostorm run car-t-axi-cel --duration 120h --set cart_dose=4"
                        + " --treat tocilizumab:8mg/kg@48h", command);
                List<WebElement> panels = driver.findElements(By.cssSelector("#figures .panel"));
                assertTrue(panels.size() >= 10, "the run's panels: " + panels.size());
                for (WebElement p : panels) {
                    assertEquals("true", p.getAttribute("data-rendered"), p.getAttribute("data-series"));
                    assertFalse(p.getAttribute("data-y-label").isBlank());
                    assertFalse(p.findElements(By.tagName("canvas")).isEmpty(), "drawn on a canvas");
                }
                String first = driver.findElement(By.id("console")).getText();
                assertTrue(first.contains("cart_dose = 4"), first);

                // keep it, change the dose back, run again: both summaries side by side
                driver.findElement(By.id("pin")).click();
                dose.clear();
                dose.sendKeys("2");
                driver.findElement(By.id("run")).click();
                wait.until(d -> !d.findElement(By.id("console")).getText().equals(first));
                assertEquals(first, driver.findElement(By.id("pinned")).getText(), "the kept run");
                assertTrue(driver.findElement(By.id("console")).getText().contains("cart_dose = 2"));

                // a 50-patient trial, followed to its report
                new Select(driver.findElement(By.id("trial"))).selectByValue("car-t-axi-cel");
                WebElement n = driver.findElement(By.id("trial-patients"));
                n.clear();
                n.sendKeys("50");
                driver.findElement(By.id("run-trial")).click();
                new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> d.findElement(By.id("trial-done")).isDisplayed()
                        || d.findElement(By.id("error")).isDisplayed());
                assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
                assertEquals("done: 50 patients", driver.findElement(By.id("trial-status")).getText());
                assertEquals("./cytostorm trial car-t-axi-cel --patients 50 --seed 1",
                        driver.findElement(By.cssSelector("#trial-command code")).getText());
                driver.switchTo().frame(driver.findElement(By.id("trial-report")));
                // its Kaplan-Meier curves and forest plot drawn by the report's own charts
                wait.until(d -> d.findElements(By.cssSelector(".panel[data-rendered=true]")).size() >= 2);
                assertTrue(driver.getPageSource().contains("Kaplan") || driver.getPageSource().contains("Survival"),
                        "the trial's report in the page");
                driver.switchTo().defaultContent();

                // a small tissue run, its animation played in the page
                WebElement side = driver.findElement(By.id("tissue-side"));
                side.clear();
                side.sendKeys("40");
                WebElement hours = driver.findElement(By.id("tissue-hours"));
                hours.clear();
                hours.sendKeys("2");
                driver.findElement(By.id("run-tissue")).click();
                new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> d.findElement(By.id("tissue-result")).isDisplayed()
                        || d.findElement(By.id("error")).isDisplayed());
                assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
                WebElement gif = driver.findElement(By.id("tissue-animation"));
                wait.until(d -> Long.parseLong(String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].naturalWidth;", gif))) > 0);
            } finally {
                driver.quit();
            }
        }
    }

    /** Debian's chromium through Debian's chromedriver, headless; skipped without them unless required. */
    private WebDriver driver() throws Exception {
        Optional<Path> chromium = Executables.onPath("chromium");
        Optional<Path> chromedriver = Executables.onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String why = "chromium and chromedriver (Debian packages chromium, chromium-driver) are not both on the PATH";
            if (Boolean.getBoolean("cytostorm.require.chromium")) {
                fail(why + ", and cytostorm.require.chromium is true");
            }
            Assumptions.abort(why + ": the dashboard is not tested in a browser");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,2000", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
