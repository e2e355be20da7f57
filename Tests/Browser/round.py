#!/usr/bin/env python3
"""A whole round of updates through the browser and a real SMTP server, as a council runs it
before a committee: a lead opens a round with sign-off for two owners; each is emailed their
own action with a link to My actions; one updates, the lead returns it with a reason (they are
emailed it), they update again, the lead approves; the other, who does not update, gets the
due-day reminder; the committee update made when the round closes shows the approved update,
says one action was not updated, and counts no unapproved update.

    round.py BASE_URL OUT PASSWORD RECEIVED.jsonl PROGRAMME

run.sh starts the server with --smtp pointing at Tests/Support/smtp-server.py, on a plan where
only A-KIN-POLICY (omar's) and A-MSP-PLAN (priya's) are open. Ends with 'N passed, N failed'.
"""
import email
import json
import os
import subprocess
import sys
import time
from email import policy

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

from chromium import audit, browser, check, submit, summary

BASE, OUT, PASSWORD, RECEIVED, PROGRAMME = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def sign_in(driver, username):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, "form.signin button[type=submit]")


def mail():
    """Every message the SMTP server accepted: (recipient, subject, plain text, html)."""
    messages = []
    if not os.path.exists(RECEIVED):
        return messages
    with open(RECEIVED, encoding="utf-8") as received:
        for line in received:
            entry = json.loads(line)
            message = email.message_from_string(entry["data"], policy=policy.default)
            text_part = message.get_body(("plain",)).get_content()
            html_part = message.get_body(("html",)).get_content()
            messages.append((entry["to"][0], str(message["Subject"]), text_part, html_part))
    return messages


def wait_for_mail(what, matches, seconds=20):
    """The first message `matches` accepts, waiting for the server's outbox to send it."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = [m for m in mail() if matches(m)]
        if found:
            return found[0]
        time.sleep(0.25)
    check(False, f"email: {what} (none arrived in {seconds} s; received: {[m[:2] for m in mail()]})")
    return None


def whole_round():
    lead, omar = browser(), browser()
    try:
        today = time.strftime("%Y-%m-%d", time.gmtime())
        sign_in(lead, "lena")
        lead.get(BASE + "/rounds")
        audit(lead, "lead /rounds")
        lead.find_element(By.ID, "name").send_keys("Before the January committee")
        lead.execute_script("document.getElementById('due').value = arguments[0]", today)
        lead.find_element(By.ID, "sign_off").click()
        submit(lead, "form[action='/rounds'] button[type=submit]")
        body = text(lead)
        check(lead.current_url.startswith(BASE + "/rounds/1") and "The round is open" in body, "lead: the round is opened, with sign-off")
        check("A-KIN-POLICY" in body and "A-MSP-PLAN" in body and "omar" in body and "priya" in body,
              "lead: the round lists both actions and whom each owner's reminders reach")
        lead.save_screenshot(os.path.join(OUT, "round-opened.png"))
        audit(lead, "lead /rounds/1")

        for name, action, other in [("omar", "A-KIN-POLICY", "A-MSP-PLAN"), ("priya", "A-MSP-PLAN", "A-KIN-POLICY")]:
            opening = wait_for_mail(f"{name}'s opening email", lambda m, n=name: m[0].startswith(n + "@") and "Updates due by" in m[1])
            if opening:
                check(action in opening[2] and other not in opening[2], f"email: {name}'s opening email names their action and no one else's")
                check(BASE + "/my" in opening[2] and f'href="{BASE}/my"' in opening[3], f"email: {name}'s opening email links to My actions")

        sign_in(omar, "omar")
        omar.get(BASE + "/my")
        check("Update due by" in text(omar) and "Before the January committee" in text(omar), "omar: My actions says what the round asks, and by when")
        omar.save_screenshot(os.path.join(OUT, "round-my-actions.png"))
        audit(omar, "omar /my with a round")
        omar.get(BASE + "/actions/A-KIN-POLICY")
        omar.find_element(By.ID, "note").send_keys("Draft kinship policy ready")
        submit(omar, "form.update button[type=submit]")
        check("awaiting sign-off" in text(omar), "omar: the update is marked as awaiting sign-off")

        lead.get(BASE + "/rounds/1")
        check("Draft kinship policy ready" in text(lead), "lead: the update awaiting sign-off is on the round's page")
        lead.save_screenshot(os.path.join(OUT, "round-sign-off.png"))
        audit(lead, "lead /rounds/1 with an update awaiting sign-off")
        lead.find_element(By.CSS_SELECTOR, "form[action$='/return'] textarea").send_keys("Say when it goes to DMT")
        submit(lead, "form[action$='/return'] button[type=submit]")
        check("returned to its contributor" in text(lead), "lead: the update is returned")
        returned = wait_for_mail("omar told his update was returned", lambda m: m[0].startswith("omar@") and "returned" in m[1])
        if returned:
            check("Say when it goes to DMT" in returned[2], "email: the return gives the lead's reason")

        omar.get(BASE + "/my")
        check("Returned: Say when it goes to DMT" in text(omar), "omar: My actions says the update was returned, and why")
        omar.get(BASE + "/actions/A-KIN-POLICY")
        omar.find_element(By.ID, "note").send_keys("Draft kinship policy ready; to DMT on 12 January")
        submit(omar, "form.update button[type=submit]")

        lead.get(BASE + "/rounds/1")
        submit(lead, "form[action$='/approve'] button[type=submit]")
        check("The update is approved" in text(lead), "lead: the new update is approved")

        due = wait_for_mail("priya's due-day reminder", lambda m: m[0].startswith("priya@") and "due today" in m[1])
        if due:
            check("A-MSP-PLAN" in due[2], "email: priya's due-day reminder names her action")

        lead.get(BASE + "/rounds/1")
        submit(lead, "form[action='/rounds/1/close'] button[type=submit]")
        check("The round is closed" in text(lead), "lead: the round is closed on its due day")
        report = subprocess.run([".build/debug/reform", "report", "committee-update", "--format", "markdown", "--file", PROGRAMME],
                                capture_output=True, text=True)
        check(report.returncode == 0, "the committee update is made at the round's close" + (f" ({report.stderr[:300]})" if report.returncode else ""))
        out = report.stdout
        check("to DMT on 12 January" in out, "committee update: shows the approved update")
        check("Draft kinship policy ready\n" not in out and "Draft kinship policy ready." not in out, "committee update: not the returned one")
        check("1 of 2 were updated: 1 on time and 0 late; 1 was not updated." in out, "committee update: one action was not updated")
        check("0 were awaiting sign-off and 0 had been returned" in out, "committee update: counts no unapproved update")
        check("Manchester Safeguarding Partnership (MSP): A-MSP-PLAN" in out, "committee update: who has not updated, by owner")

        sign_in(lead, "admin")
        lead.get(BASE + "/admin/outbox")
        check("Sent" in text(lead) and "priya" in text(lead), "admin: the outbox shows what was sent")
        lead.save_screenshot(os.path.join(OUT, "round-outbox.png"))
        audit(lead, "admin /admin/outbox")
    finally:
        lead.quit()
        omar.quit()


def main():
    os.makedirs(OUT, exist_ok=True)
    try:
        whole_round()
    except WebDriverException as error:
        check(False, f"round: the browser failed: {error.msg}")
    return summary()


if __name__ == "__main__":
    sys.exit(main())
