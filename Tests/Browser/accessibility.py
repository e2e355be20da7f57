"""What the browser tests check of every page's accessibility, beyond what a person reads:
axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules (axe.min.js from the axe-playwright-python
wheel, injected through WebDriver, which a page's Content-Security-Policy does not stop), reflow
at 320 CSS pixels (WCAG 1.4.10), a visible focus on every control (2.4.7, 2.4.11), and the
keyboard order of a form (2.1.1, 2.4.3).
"""
import importlib.resources

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def violations(driver):
    """axe-core's violations on the page now, as 'rule: target' lines."""
    driver.execute_script(AXE)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations.map("
        "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));", TAGS)
    return result


def wider_than_320(driver):
    """At a window 320 CSS pixels wide: nothing when the page fits; else the elements that reach
    past the window's right edge (the innermost few), which make it scroll sideways."""
    size = driver.get_window_size()
    driver.set_window_size(320 + (size["width"] - driver.execute_script("return window.innerWidth")), size["height"])
    try:
        return driver.execute_script("""
            if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
            const wide = [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > window.innerWidth + 1);
            return wide.filter(el => !wide.some(other => other !== el && el.contains(other))).slice(0, 3)
                       .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ': ' + (el.textContent || '').trim().slice(0, 40));""")
    finally:
        driver.set_window_size(size["width"], size["height"])


def controls_without_visible_focus(driver):
    """The controls (links, buttons, inputs, selects, text areas) whose focus changes nothing visible:
    no outline and no box shadow when focused that they did not have before."""
    return driver.execute_script("""
        const shown = el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|'); };
        const visible = el => { const s = getComputedStyle(el); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 || s.boxShadow !== 'none'; };
        const missing = [];
        for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
          document.activeElement && document.activeElement.blur();
          const before = shown(el);
          el.focus();
          if (document.activeElement !== el) continue;
          if (shown(el) === before || !visible(el)) missing.push(el.outerHTML.slice(0, 80));
        }
        document.activeElement && document.activeElement.blur();
        return missing;""")


def tab_order(driver, count):
    """The ids (or names) of the first `count` controls reached with the Tab key from the top of the page."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    reached = []
    for _ in range(count):
        element = driver.switch_to.active_element
        reached.append(element.get_attribute("id") or element.get_attribute("name") or element.text.strip()[:30])
        element.send_keys(Keys.TAB)
    return reached
