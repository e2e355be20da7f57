#!/usr/bin/env python3
"""Signs in to a running `reform serve` as each role in headless Chromium and checks what a
person would see on every page; takes a screenshot of each page into OUT.

    browse.py BASE_URL OUT PASSWORD

The users are named after their roles (viewer, officer, contributor, lead, admin), as run.sh adds them.
Ends with 'N passed, N failed' and exits non-zero when anything failed.
"""
import io
import os
import sys
import urllib.request
import zipfile

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

import accessibility
from chromium import audit, browser, check, submit, summary

BASE, OUT, PASSWORD = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
PAGES = ["/", "/my", "/rounds", "/plan", "/pillars/P3", "/deadlines", "/funding", "/risks", "/committee", "/log", "/reports", "/admin/users", "/admin/outbox"]


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def sign_in(driver, username):
    driver.get(BASE + "/")  # sent to sign in, and back afterwards
    check("/login?next=/" in driver.current_url, f"{username}: a visitor is sent to the sign-in page")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, "form.signin button[type=submit]")
    check(driver.current_url == BASE + "/", f"{username}: signed in and back on the dashboard")


def visit(driver, role):
    sign_in(driver, role)
    for path in PAGES:
        driver.get(BASE + path)
        body = text(driver)
        name = "dashboard" if path == "/" else path.strip("/").replace("/", "-")
        driver.save_screenshot(os.path.join(OUT, f"{role}-{name}.png"))
        check(len(driver.find_elements(By.TAG_NAME, "h1")) == 1, f"{role} {path}: one heading")
        audit(driver, f"{role} {path}")
        if path in ("/admin/users", "/admin/outbox") and role != "admin":
            check("needs the admin role" in body, f"{role} {path}: refused, naming the role needed")
            continue
        if path == "/my" and role in ("viewer", "officer"):
            check("needs the contributor, lead or admin role" in body, f"{role} {path}: refused, naming the role needed (viewers record nothing)")
            continue
        check("Something went wrong" not in body and "Not allowed" not in body, f"{role} {path}: shown")
        if path == "/":
            for pillar in ["Family help", "Child protection", "Kinship care", "Care system", "Workforce", "Learning, evidence and data"]:
                check(pillar in body, f"{role} dashboard: pillar '{pillar}'")
            check("Working Together to Safeguard Children 2023" in body, f"{role} dashboard: the Working Together deadline")
            check("Burdens not yet costed" in body, f"{role} dashboard: the funding gap")
        if path == "/pillars/P3":
            reds = driver.find_elements(By.XPATH, "//tr[td/span[normalize-space()='RED']]")
            check(len(reds) > 0 and "was due" in reds[0].text, f"{role} kinship pillar: a red action with its reason in words")
        if path == "/funding":
            check("not costed" in body and "Burdens not yet costed" in body, f"{role} funding: unknown costs say 'not costed', never £0")
        if path == "/deadlines":
            check("Working Together" in body and len(driver.find_elements(By.CSS_SELECTOR, "figure.timeline svg")) == 1,
                  f"{role} deadlines: the table and the timeline")
        if path == "/log":
            check("Discussed at DMT" in body, f"{role} audit log: the recorded update and its note")
    driver.get(BASE + "/actions/A-NF-EMBED")
    check("Discussed at DMT" in text(driver), f"{role} action page: the update's note")
    audit(driver, f"{role} /actions/A-NF-EMBED")
    driver.save_screenshot(os.path.join(OUT, f"{role}-action.png"))
    submit(driver, "form.signout button")
    check("/login" in driver.current_url, f"{role}: signed out")
    driver.get(BASE + "/deadlines")
    check("/login?next=/deadlines" in driver.current_url, f"{role}: signed out means signed out")


# A `<` after U+0600 and markup characters before U+0301: each joins its neighbour in one grapheme
# cluster, which an escape by Character missed (issue 25). As Chromium parses the page, none may
# become an element or an attribute.
PAYLOAD = ("Recorded by mistake. \u0600<form action=/admin/users method=post novalidate>\u0301"
           "\u0600<meta http-equiv=refresh content=0;url=//evil.example>\u0301 \u0600<x id=injected>\u0301 \"\u0301 '\u0301 &\u0301")


def injected_markup(driver):
    """Elements and attributes on the page that came from the payload, as the browser parsed it."""
    return driver.execute_script("""
        const found = [];
        for (const el of document.querySelectorAll('x, meta[http-equiv], form[action="/admin/users"][novalidate], #injected')) found.push(el.outerHTML.slice(0, 80));
        for (const el of document.querySelectorAll('*')) for (const a of el.attributes) if (/\u0600|\u0301/.test(a.name)) found.push(a.name);
        return found;""")


def record_update(driver):
    """A contributor records an update with a note, and sees it on the action and the dashboard."""
    sign_in(driver, "contributor")
    driver.get(BASE + "/my")
    check("A-KIN-POLICY" in text(driver), "contributor: the kinship policy action is in 'My actions'")
    driver.get(BASE + "/actions/A-KIN-POLICY")
    driver.find_element(By.ID, "progress").send_keys("40")
    driver.find_element(By.ID, "note").send_keys("Draft policy shared with kinship carers for comment")
    submit(driver, "form.update button[type=submit]")
    body = text(driver)
    driver.save_screenshot(os.path.join(OUT, "contributor-recorded.png"))
    check("was recorded" in body and "Draft policy shared with kinship carers" in body, "contributor: the update and its note on the action page")
    driver.get(BASE + "/")
    check("2 recorded updates" in text(driver), "contributor: the dashboard counts the new update")
    driver.get(BASE + "/actions/A-NF-EMBED")
    check(len(driver.find_elements(By.CSS_SELECTOR, "form.update")) == 0, "contributor: no update form on another owner's action")
    driver.get(BASE + "/actions/A-KIN-POLICY")
    driver.find_element(By.ID, "note").send_keys(PAYLOAD)
    submit(driver, "form.update button[type=submit]")
    for path in ["/actions/A-KIN-POLICY", "/log", "/my"]:
        driver.get(BASE + path)
        found = injected_markup(driver)
        check(not found, f"injection: on {path}, no element or attribute from a note in Chromium's DOM" + (f" ({found})" if found else ""))
    check("<form action=/admin/users" in text(driver.get(BASE + "/log") or driver), "injection: the note is shown as the text it is")
    submit(driver, "form.signout button")


def void_and_report(driver):
    """A lead voids the update, then runs the committee update and downloads the Word document."""
    sign_in(driver, "lead")
    driver.get(BASE + "/actions/A-KIN-POLICY")
    driver.find_element(By.CSS_SELECTOR, "form.void input[name=reason]").send_keys("Recorded against the wrong action")
    submit(driver, "form.void button")
    body = text(driver)
    driver.save_screenshot(os.path.join(OUT, "lead-voided.png"))
    check("Recorded against the wrong action" in body, "lead: the void and its reason shown on the action")
    driver.get(BASE + "/reports")
    driver.find_element(By.CSS_SELECTOR, "#plugin option[value='committee-update']").click()
    driver.find_element(By.CSS_SELECTOR, "#format option[value='docx']").click()
    submit(driver, "form.run button")
    driver.save_screenshot(os.path.join(OUT, "lead-reports.png"))
    links = driver.find_elements(By.PARTIAL_LINK_TEXT, "Download run")
    check(len(links) == 1, "lead: the run is listed with its document")
    if links:
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        request = urllib.request.Request(links[0].get_attribute("href"), headers={"Cookie": cookie})
        document = urllib.request.urlopen(request).read()
        with open(os.path.join(OUT, "committee-update.docx"), "wb") as saved:
            saved.write(document)
        try:
            names = zipfile.ZipFile(io.BytesIO(document)).namelist()
        except zipfile.BadZipFile:
            names = []
        check("word/document.xml" in names, "lead: the downloaded document is a Word package")


def forms_with_errors(driver):
    """Each form sent back with a problem: the GOV.UK error summary first, focused, each message
    linking to its field and beside it, 'Error:' before the title, and no accessibility fault."""
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "username").send_keys("lead")
    driver.find_element(By.ID, "password").send_keys("not the password")
    submit(driver, "form.signin button[type=submit]")
    audit(driver, "sign-in refused")
    sign_in(driver, "lead")
    driver.get(BASE + "/actions/A-MSP-PLAN")
    order = accessibility.tab_order(driver, 3)
    check(order[:1] == ["Skip to the content"] or order[0].startswith("Skip"), f"keyboard: the first Tab reaches the skip link ({order})")
    driver.find_element(By.ID, "progress").send_keys("150")
    driver.find_element(By.ID, "due").send_keys("31/09/2025")
    submit(driver, "form.update button[type=submit]")
    check(driver.title.startswith("Error: "), "update refused: the title starts 'Error:'")
    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    check(len(summary) == 1 and "There is a problem" in summary[0].text, "update refused: the error summary")
    check(driver.switch_to.active_element == summary[0] if summary else False, "update refused: the focus is on the summary")
    links = driver.find_elements(By.CSS_SELECTOR, ".error-summary a")
    if links:
        links[0].click()
        target = links[0].get_attribute("href").split("#")[-1]
        check(driver.execute_script("return location.hash") == "#" + target and
              len(driver.find_elements(By.CSS_SELECTOR, f"#{target}-error")) == 1, "update refused: the summary links to the field, whose message is beside it")
    check(driver.find_element(By.ID, "progress").get_attribute("value") == "150", "update refused: what was typed is kept")
    driver.save_screenshot(os.path.join(OUT, "lead-update-refused.png"))
    audit(driver, "update form refused")
    driver.get(BASE + "/committee")
    submit(driver, "form.respond button")
    audit(driver, "committee response refused")
    driver.get(BASE + "/updates/1/correct")
    driver.find_element(By.ID, "reason").send_keys("nothing changed")
    submit(driver, "form.correct button[type=submit]")
    check(driver.title.startswith("Error: "), "correction refused: the title starts 'Error:'")
    audit(driver, "correction form refused")
    submit(driver, "form.signout button")
    sign_in(driver, "admin")
    driver.get(BASE + "/admin/users")
    driver.find_element(By.ID, "username").send_keys("LEAD")
    driver.find_element(By.ID, "password").send_keys("password1234")
    submit(driver, "form.add button[type=submit]")
    check(driver.title.startswith("Error: ") and "There is a problem" in text(driver), "new user refused: the error summary")
    driver.save_screenshot(os.path.join(OUT, "admin-user-refused.png"))
    audit(driver, "users form refused")
    driver.get(BASE + "/accessibility")
    check("Accessibility statement" in text(driver), "the accessibility statement is published")
    audit(driver, "/accessibility")


def multi_owner_save(driver):
    """An admin adds a contributor owning two owners' actions by ticking them, presses Save on the
    row as it is, and the contributor still sees both owners' actions (issue 26, item 3)."""
    sign_in(driver, "admin")
    driver.get(BASE + "/admin/users")
    driver.find_element(By.ID, "username").send_keys("priya")
    driver.find_element(By.CSS_SELECTOR, "#role option[value='contributor']").click()
    for owner in ["Head of Service Provider Services", "Manchester Safeguarding Partnership (MSP)"]:
        driver.find_element(By.XPATH, f"//fieldset[@id='owners']//label[normalize-space()='{owner}']").click()
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, "form.add button[type=submit]")
    check("Added priya." in text(driver), "admin: a contributor added with two owners ticked")
    submit(driver, "form[action='/admin/users/priya'] button[type=submit]")
    check("Nothing was changed for priya." in text(driver), "admin: saving the row unchanged changes nothing")
    row = driver.find_element(By.XPATH, "//tr[th[normalize-space()='priya']]").text
    check("Head of Service Provider Services" in row and "Manchester Safeguarding Partnership (MSP)" in row, "admin: both owners kept, each on its own")
    audit(driver, "users page with owners to tick")
    submit(driver, "form.signout button")
    sign_in(driver, "priya")
    driver.get(BASE + "/my")
    body = text(driver)
    check("A-KIN-POLICY" in body and "A-MSP-PLAN" in body, "priya: My actions lists both owners' actions" + ("" if "A-MSP-PLAN" in body and "A-KIN-POLICY" in body else f" ({body[:600]!r})"))


def form_after_session_ended(driver):
    """A contributor types an update, their session ends before they send it (the cookie is gone,
    as after the idle limit), and after signing in again the form has what they typed (issue 26, item 6)."""
    sign_in(driver, "contributor")
    driver.get(BASE + "/actions/A-KIN-POLICY")
    driver.find_element(By.ID, "note").send_keys("Typed over lunch; the session ended meanwhile")
    driver.delete_cookie("reform_session")
    submit(driver, "form.update button[type=submit]")
    check("/login?next=/actions/A-KIN-POLICY" in driver.current_url and "has been kept" in text(driver),
          "contributor: sent after the session ended, the form is kept and sign-in says so")
    driver.find_element(By.ID, "username").send_keys("contributor")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, "form.signin button[type=submit]")
    note = driver.find_element(By.ID, "note").get_attribute("value") if driver.find_elements(By.ID, "note") else ""
    check(driver.current_url.endswith("/actions/A-KIN-POLICY") and note == "Typed over lunch; the session ended meanwhile",
          "contributor: back on the action, the note typed is in the form, not yet recorded")
    audit(driver, "action page with a kept draft")


def carry_the_plan_forward(driver):
    """A lead reschedules an action, retires one and costs a burden in the browser; each form is
    checked as every page is, a refused one shows its message on the field, and the plan's page
    and the action say who changed what and why."""
    sign_in(driver, "lead")
    driver.get(BASE + "/actions/A-NF-EMBED")
    driver.find_element(By.LINK_TEXT, "Change this action in the plan").click()
    audit(driver, "action edit form")
    driver.find_element(By.ID, "due").send_keys("Smarch 2027")
    driver.find_element(By.ID, "reason").send_keys("Two more years to embed the framework")
    submit(driver, "form.plan-edit button[type=submit]")
    check(driver.title.startswith("Error: ") and len(driver.find_elements(By.ID, "due-error")) == 1, "plan edit refused: the message is on the due field")
    audit(driver, "action edit form refused")
    driver.save_screenshot(os.path.join(OUT, "lead-plan-edit-refused.png"))
    due = driver.find_element(By.ID, "due")
    due.clear()
    due.send_keys("March 2027")
    submit(driver, "form.plan-edit button[type=submit]")
    body = text(driver)
    check("was published as revision 2" in body and "March 2027" in body, "lead: the reschedule is published and the action shows its new date")
    driver.save_screenshot(os.path.join(OUT, "lead-action-rescheduled.png"))
    driver.get(BASE + "/actions/A-IND-ORANGE/edit")
    driver.find_element(By.CSS_SELECTOR, "#status option[value='cancelled']").click()
    driver.find_element(By.ID, "reason").send_keys("Superseded by the national data return")
    submit(driver, "form.plan-edit button[type=submit]")
    driver.get(BASE + "/burdens/B-VSH/edit")
    audit(driver, "burden form")
    driver.save_screenshot(os.path.join(OUT, "lead-burden-form.png"))
    driver.find_element(By.ID, "recurrent2").send_keys("120000")
    driver.find_element(By.ID, "reason").send_keys("Costed by finance")
    submit(driver, "form.plan-edit button[type=submit]")
    body = text(driver)
    check("burden B-VSH costed" in body and "Costed by finance" in body, "lead: the burden is costed and the plan's page says so")
    audit(driver, "/plan after changes")
    driver.save_screenshot(os.path.join(OUT, "lead-plan.png"))
    driver.find_element(By.LINK_TEXT, "Revision 2").click()
    check("A-NF-EMBED rescheduled" in text(driver), "lead: a revision's page says what changed")
    audit(driver, "/plan/revisions/2")
    driver.save_screenshot(os.path.join(OUT, "lead-plan-revision.png"))
    driver.get(BASE + "/actions/new")
    audit(driver, "new action form")
    submit(driver, "form.signout button")
    sign_in(driver, "contributor")
    driver.get(BASE + "/actions/new")
    check("needs the lead or admin role" in text(driver), "contributor: the plan's forms are refused, naming the role needed")


def main():
    os.makedirs(OUT, exist_ok=True)
    steps = [("viewer", lambda d: visit(d, "viewer")), ("officer", lambda d: visit(d, "officer")), ("contributor", lambda d: visit(d, "contributor")), ("lead", lambda d: visit(d, "lead")),
             ("admin", lambda d: visit(d, "admin")), ("contributor update", record_update), ("lead void and report", void_and_report),
             ("forms with errors", forms_with_errors), ("multi-owner save", multi_owner_save),
             ("form after the session ended", form_after_session_ended), ("carry the plan forward", carry_the_plan_forward)]
    for name, step in steps:
        driver = browser()
        try:
            step(driver)
        except WebDriverException as error:
            check(False, f"{name}: the browser failed: {error.msg}")
        finally:
            driver.quit()
    return summary()


if __name__ == "__main__":
    sys.exit(main())
