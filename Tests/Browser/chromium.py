"""What the browser tests share: headless Chromium through chromium-driver, a form submitted and
its next page waited for, the page's text, and the checks every page must pass, counted."""
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import accessibility

results = {"passed": 0, "failed": 0}


def check(condition, what):
    results["passed" if condition else "failed"] += 1
    print(("ok   " if condition else "FAIL ") + what, flush=True)


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1800"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def submit(driver, selector):
    """Clicks a form's button and waits for the page it leads to."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.TAG_NAME, "html").id != old.id)


def audit(driver, what):
    """Checks the page now shown as every page must be: no axe-core violation of WCAG 2.2 A or AA,
    no sideways scrolling at 320 CSS pixels, and a visible focus on every control."""
    found = accessibility.violations(driver)
    check(not found, f"{what}: no axe-core violation" + (f" ({'; '.join(found)[:400]})" if found else ""))
    wide = accessibility.wider_than_320(driver)
    check(not wide, f"{what}: reflows at 320 CSS pixels without sideways scrolling" + (f" (too wide: {wide})" if wide else ""))
    unfocused = accessibility.controls_without_visible_focus(driver)
    check(not unfocused, f"{what}: every control shows its focus" + (f" ({unfocused[:3]})" if unfocused else ""))


def summary():
    """'N passed, N failed', and the exit status."""
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0
