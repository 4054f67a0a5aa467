package org.switchboard.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Picks an item of a PrimeFaces select menu as a person would: open the menu, click the item, see
 * it chosen. Menus and dialogs slide open, and a click that lands on an item before the menu takes
 * clicks leaves it open with nothing chosen; so each step waits for the page to stand still, and a
 * pick the menu does not show is clicked again, at most three times.
 */
public final class SelectMenu {

    private static final int ATTEMPTS = 3;

    private SelectMenu() {
    }

    /**
     * Chooses the item of menu {@code menuId} (its client id, e.g. "answer:status") that
     * {@code item} selects within the menu's list (e.g. "li[data-label='Solved']",
     * "li:nth-child(2)"); answers the item's label.
     */
    public static String choose(Browser browser, String menuId, String item) {
        String menu = "#" + menuId.replace(":", "\\:");
        String label = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            settle(browser);
            if (browser.driver().findElements(By.id(menuId + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                browser.find(menu).click();
                settle(browser);
            }
            WebElement option = browser.find(menu + "_items " + item);
            label = option.getAttribute("data-label");
            option.click();
            if (shows(browser, menu + "_label", label)) {
                settle(browser);
                return label;
            }
        }
        throw new AssertionError("the menu " + menuId + " never showed " + label + " as chosen");
    }

    /** Waits until no jQuery animation (a dialog or menu sliding open or shut) is running. */
    public static void settle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return !window.jQuery || jQuery(':animated').length === 0;")));
    }

    private static boolean shows(Browser browser, String cssSelector, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(driver -> text.equals(browser.text(cssSelector)));
            return true;
        } catch (TimeoutException notYet) {
            return false;
        }
    }
}
