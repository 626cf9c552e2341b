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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard driven as a user drives it, in headless Chromium through Selenium (Debian's
 * chromium and chromium-driver; no download): pick a scenario, shorten the run, change a parameter,
 * add a dose in the list and on the timeline, run, see the rows stream in and the charts drawn with
 * the command line; keep the run and run again to compare, overlaid; upload a scenario file and run it;
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
                // the timeline: a click on the line gives the drug at that hour (120 h wide: the middle is 60 h),
                // a double-click on a dose removes it
                WebElement track = driver.findElement(By.cssSelector("#timeline .track"));
                new Actions(driver).moveToElement(track).click().perform();
                List<WebElement> marks = driver.findElements(By.cssSelector("#timeline .dose"));
                assertEquals(2, marks.size(), "two doses on the timeline");
                double hour = Double.parseDouble(marks.get(1).getAttribute("data-hour"));
                assertEquals(60, hour, 2, "the hour clicked");
                new Actions(driver).doubleClick(marks.get(1)).perform();
                assertEquals(1, driver.findElements(By.cssSelector("#timeline .dose")).size(), "removed again");
                assertEquals("tocilizumab:8mg/kg@48hremove", driver.findElement(By.id("doses")).getText().replace("\n", ""));

                driver.findElement(By.id("run")).click();
                screenshot(driver, "dashboard-running.png");
                wait.until(d -> d.findElement(By.id("status")).getText().equals("done")
                        || !d.findElement(By.id("error")).getText().isEmpty());
                assertEquals("", driver.findElement(By.id("error")).getText(), "no error");
                String command = driver.findElement(By.id("command")).getText();
                assertEquals("./cytostorm run car-t-axi-cel --duration 120h --set cart_dose=4"
                        + " --treat tocilizumab:8mg/kg@48h", command);
                // it streamed: every hour from 0 to 120 h reached the page before the result
                assertEquals("121", driver.findElement(By.id("figures")).getAttribute("data-streamed-rows"));
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
                // and overlaid: A and B on one panel per column
                driver.findElement(By.id("compare")).click();
                wait.until(d -> d.findElement(By.id("comparison")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
                assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
                assertTrue(driver.findElement(By.id("comparison-title")).getText().contains("cart_dose"),
                        driver.findElement(By.id("comparison-title")).getText());
                assertEquals("./cytostorm compare car-t-axi-cel car-t-axi-cel --duration 120h --set-a cart_dose=4"
                        + " --treat-a tocilizumab:8mg/kg@48h --set-b cart_dose=2 --treat-b tocilizumab:8mg/kg@48h",
                        driver.findElement(By.id("comparison-command")).getText());
                List<WebElement> compared = driver.findElements(By.cssSelector("#comparison-figure .panel"));
                assertTrue(compared.size() >= 8, "the comparison's panels: " + compared.size());
                for (WebElement p : compared) {
                    assertEquals("true", p.getAttribute("data-rendered"));
                    assertEquals(2, p.getAttribute("data-series").split(",").length, "A and B: " + p.getAttribute("data-series"));
                }

                screenshot(driver, "dashboard-compare.png");

                // a scenario file of one's own, uploaded and run
                Path file = Path.of("..", "examples", "scenarios", "car-t-high-burden-rules.yaml").toAbsolutePath().normalize();
                driver.findElement(By.id("upload")).sendKeys(file.toString());
                wait.until(d -> "car-t-high-burden-rules.yaml".equals(
                        new Select(d.findElement(By.id("scenario"))).getFirstSelectedOption().getAttribute("value")));
                dose.clear();
                dose.sendKeys("0"); // the table's value again: the file's own trigger sets the dose
                driver.findElement(By.cssSelector("#doses button")).click();
                driver.findElement(By.id("run")).click();
                wait.until(d -> d.findElement(By.id("command")).getText().startsWith("./cytostorm run car-t-high-burden-rules.yaml")
                        && d.findElement(By.id("status")).getText().equals("done") || d.findElement(By.id("error")).isDisplayed());
                assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
                assertEquals("./cytostorm run car-t-high-burden-rules.yaml --duration 120h",
                        driver.findElement(By.id("command")).getText());

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

    /** The page as it looks now, into target/screenshots for a person to look at (not compared). */
    private static void screenshot(WebDriver driver, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), ((org.openqa.selenium.TakesScreenshot) driver)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
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
