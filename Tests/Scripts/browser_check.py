#!/usr/bin/python3
"""Uses `backstride serve` in a real browser (Debian's headless Chromium through chromium-driver and selenium), as a
physiotherapist would: creates a client, types a wrong value and sees its message beside the field, fixes it, sees the
preview change, ticks a red-flag sign and sees the referral, saves, reloads and finds the client, downloads the PDF
and reads it with pdftotext; types an amber week into a client's follow-up grid and sees the re-planned preview; then
the self-guided runner's emergency question. The server is started on a free
loopback port and stopped with Ctrl-C (SIGINT). Screenshots of the main pages go to out/web-*.png."""
import glob
import http.client
import os
import shutil
import signal
import subprocess
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from checks import BIN, ROOT, Tally

tally = Tally("browser")
check = tally.check
OUT = os.path.join(ROOT, "out")
TODAY = "2026-11-25"


def start_server(clients, packs):
    """Starts the app on a free port (--port 0) and returns the process and the address it printed."""
    server = subprocess.Popen([BIN, "serve", "--clients", clients, "-o", packs, "--port", "0", "--today", TODAY],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        if "open http://" in line:
            return server, line.split("open ")[1].split(" ")[0].rstrip("/")
        if not line and server.poll() is not None:
            break
    raise SystemExit("the server did not start")


def browser(downloads):
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1024,1300",
                 "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                 "--disable-component-update", "--disable-default-apps", "--metrics-recording-only"]:
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def wait_for(driver, condition, what, seconds=60):
    """Waits for the page to reach a state. The app under test is the debug build, and every preview is a full handout
    rendered on one queue behind the page images the browser asked for: the limit is generous for a busy CI machine,
    and a slow step is reported so a slowdown shows before it becomes a failure."""
    started = time.time()
    try:
        # The script replaces whole fragments of the page, so an element found a moment ago can be gone when the
        # condition reads it: that is "not yet", not a failure.
        found = WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: condition(d))
        if time.time() - started > 5:
            print("slow: %.1f s waiting for %s" % (time.time() - started, what))
        return found
    except Exception:
        check(False, "timed out waiting for %s (page %s, screenshot out/web-failed.png)" % (what, driver.current_url))
        driver.save_screenshot(os.path.join(OUT, "web-failed.png"))
        return None


def settled(driver):
    """The client form's last change has been checked and its reply shown (the script marks pending work)."""
    return driver.execute_script("const f = document.getElementById('client-form'); return f && !f.hasAttribute('data-pending')")


def text_of(driver, css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else ""


def type_into(driver, field_id, text):
    field = driver.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(text)


def unlabelled_controls(driver):
    """Visible inputs and selects with no label: each must have one, for screen readers and for clicking."""
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('input, select, textarea'))
          .filter(el => el.type !== 'hidden' && el.offsetParent !== null && (!el.labels || el.labels.length === 0))
          .map(el => el.name || el.id);""")


def overflowing(driver):
    """Elements wider than the window: at 1024 px nothing should need sideways scrolling."""
    return driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")


def shot(driver, name, full=True):
    path = os.path.join(OUT, "web-" + name + ".png")
    if full:
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 4000)")
        driver.set_window_size(1024, max(900, height + 140))
    driver.save_screenshot(path)
    driver.set_window_size(1024, 1300)


def clinic(driver, address, downloads):
    driver.get(address + "/")
    check("Sam Rivera" in driver.page_source, "the clients page lists the example client")
    check(not unlabelled_controls(driver), "every control on the clients page has a label")
    check(not overflowing(driver), "the clients page fits 1024 px")
    shot(driver, "clients")

    driver.find_element(By.LINK_TEXT, "New client").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "client-form"), "the client form")
    check(not unlabelled_controls(driver), "every control on the client form has a label: %s" % unlabelled_controls(driver))
    driver.find_element(By.ID, "f-client-name").click()
    driver.switch_to.active_element.send_keys(Keys.TAB)
    check(driver.switch_to.active_element.get_attribute("id") == "f-client-id", "Tab moves from the name to the next field")
    driver.set_window_size(768, 1024)
    check(not overflowing(driver), "the client form fits a tablet (768 px)")
    driver.set_window_size(1024, 1300)
    check(not overflowing(driver), "the client form fits 1024 px")
    type_into(driver, "f-client-name", "Morgan Hale")
    type_into(driver, "f-client-id", "C-5150")
    type_into(driver, "f-clinician", "Alex Lee")
    driver.find_element(By.ID, "f-symptoms-pattern-after_run").click()
    type_into(driver, "f-symptoms-pain", "12")
    message = wait_for(driver, lambda d: "between 0 and 10" in text_of(d, "#f-symptoms-pain-msg") and text_of(d, "#f-symptoms-pain-msg"),
                       "the pain message beside its field")
    check(message and "pain must be between 0 and 10 (found 12)" in message, "the wrong pain is explained beside the field: %r" % message)
    check(driver.find_element(By.ID, "f-symptoms-pain").get_attribute("aria-invalid") == "true", "the wrong field is marked invalid")
    check("0 to fix" not in text_of(driver, "#preview"), "the preview waits for the error to be fixed")
    shot(driver, "client-error", full=False)

    type_into(driver, "f-symptoms-pain", "3")
    wait_for(driver, lambda d: settled(d) and not text_of(d, "#f-symptoms-pain-msg") and d.find_elements(By.CSS_SELECTOR, "#preview ol.pages img"),
             "the message to go and the preview to appear")
    first = driver.execute_script("return document.querySelector('#preview ol.pages img').src")
    pages_before = text_of(driver, "#preview p")
    Select(driver.find_element(By.ID, "f-schedule-weeks")).select_by_value("4")
    wait_for(driver, lambda d: d.execute_script("const i = document.querySelector('#preview ol.pages img'); return i && i.src !== arguments[0]", first) and settled(d),
             "the preview to change")
    check(text_of(driver, "#preview p") != pages_before, "the preview changes with the plan: %r then %r" % (pages_before, text_of(driver, "#preview p")))
    image_loaded = driver.execute_script("const i = document.querySelector('#preview ol.pages img'); return i.complete && i.naturalWidth > 300")
    wait_for(driver, lambda d: d.execute_script("const i = document.querySelector('#preview ol.pages img'); return i.complete && i.naturalWidth > 300"),
             "the first page image to load")
    shot(driver, "client-preview")
    driver.execute_script("window.scrollTo(0, 0)")
    shot(driver, "client-form", full=False)

    driver.find_element(By.ID, "f-symptoms-signs-saddle_numbness").click()
    decision = wait_for(driver, lambda d: "referral" in text_of(d, "#screening") and text_of(d, "#screening"), "the referral to show")
    check(decision and "Emergency" in decision and "cauda equina syndrome" in decision, "a red-flag sign shows the referral at once: %r" % decision)
    wait_for(driver, lambda d: "Referral handout" in text_of(d, "#preview"), "the preview to become the referral")
    shot(driver, "client-red-flag", full=False)

    driver.find_element(By.CSS_SELECTOR, "#client-form button[type=submit]").click()
    wait_for(driver, lambda d: "Saved C-5150.yaml" in d.page_source, "the saved page")
    driver.refresh()
    check(driver.find_element(By.ID, "f-client-name").get_attribute("value") == "Morgan Hale", "the saved client reloads with its name")
    check(driver.find_element(By.ID, "f-symptoms-signs-saddle_numbness").is_selected(), "the saved client reloads with its sign")

    driver.get(address + "/")
    search = driver.find_element(By.ID, "q")
    search.send_keys("morgan", Keys.ENTER)
    wait_for(driver, lambda d: "q=morgan" in d.current_url, "the search")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.clients tbody tr")
    check(len(rows) == 1 and "Morgan Hale" in rows[0].text and "Emergency" in rows[0].text, "the search finds the saved client")
    rows[0].find_element(By.LINK_TEXT, "Morgan Hale").click()
    wait_for(driver, lambda d: d.find_elements(By.LINK_TEXT, "Download PDF"), "the client page")
    driver.find_element(By.LINK_TEXT, "Download PDF").click()
    pdf = wait_for(driver, lambda d: glob.glob(os.path.join(downloads, "C-5150.pdf")), "the PDF download")
    if pdf:
        time.sleep(0.5)
        text = subprocess.run(["pdftotext", pdf[0], "-"], capture_output=True, text=True).stdout
        check("Morgan Hale" in text, "the downloaded PDF names the client")
        check("emergency" in text.lower() and "cauda equina" in text.lower(), "the downloaded PDF is the emergency referral")

    driver.get(address + "/pack")
    check(not unlabelled_controls(driver), "every control on the pack page has a label")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, lambda d: "Download the pack" in d.page_source, "the weekly pack")
    shot(driver, "pack")


def follow_up(driver, address, clients, downloads):
    """Morgan at the follow-up (today is in week 4): week 1 as a whole-week summary, week 2 day by day with a pain of 4
    on the Sunday (amber), so week 3 repeats week 2. The example's profile without its log stands for the client."""
    with open(os.path.join(ROOT, "Examples", "morgan-follow-up.yaml")) as f:
        morgan = f.read()
    with open(os.path.join(clients, "morgan.yaml"), "w") as f:
        f.write(morgan[:morgan.index("\n# What was done")] + "\n")
    driver.get(address + "/clients/morgan.yaml")
    wait_for(driver, lambda d: d.find_elements(By.ID, "f-log-week-1-done"), "the follow-up grid")
    check(not unlabelled_controls(driver), "every control of the follow-up grid has a label: %s" % unlabelled_controls(driver))
    for width in (768, 1024):
        driver.set_window_size(width, 1024)
        check(not overflowing(driver), "the follow-up grid fits %d px" % width)
    driver.set_window_size(1024, 1300)
    type_into(driver, "f-log-week-1-done", "4 of 4")
    type_into(driver, "f-log-week-1-during", "2")
    type_into(driver, "f-log-week-1-morning", "1")
    days = [("2026-11-10", "yes", "2", "1", ""), ("2026-11-12", "yes", "11", "2", ""),
            ("2026-11-14", "partly", "3", "2", "cut the strength short"), ("2026-11-15", "yes", "4", "3", "sore in the last 2 km")]
    for day, done, during, morning, note in days:
        Select(driver.find_element(By.ID, "f-log-%s-done" % day)).select_by_value(done)
        type_into(driver, "f-log-%s-during" % day, during)
        type_into(driver, "f-log-%s-morning" % day, morning)
        if note:
            type_into(driver, "f-log-%s-note" % day, note)
    message = wait_for(driver, lambda d: text_of(d, "#f-log-2026-11-12-msg"), "the pain message beside its day")
    check(message and "during must be between 0 and 10 (found 11)" in message, "a wrong pain score shows beside its day: %r" % message)
    type_into(driver, "f-log-2026-11-12-during", "3")
    wait_for(driver, lambda d: not text_of(d, "#f-log-2026-11-12-msg") and "Week 3 repeats week 2" in text_of(d, "#follow-up"),
             "the message to go and the re-planned weeks to show")
    # Focused rather than clicked: a click opens the select's list, which takes the first Tab.
    driver.execute_script("document.getElementById('f-log-2026-11-10-done').focus()")
    order = []
    for _ in range(5):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        order.append(driver.switch_to.active_element.get_attribute("id"))
    check(order == ["f-log-2026-11-10-during", "f-log-2026-11-10-morning", "f-log-2026-11-10-note", "f-log-2026-11-10-signs",
                    "f-log-2026-11-11-done"], "Tab goes along the day, then to the next day: %s" % order)

    driver.find_element(By.CSS_SELECTOR, "#client-form button[type=submit]").click()
    wait_for(driver, lambda d: "Saved morgan.yaml" in d.page_source, "the saved page")
    panel = text_of(driver, "#follow-up")
    check("Week 2: 88% done" in panel and "Week 3 repeats week 2" in panel, "the preview says the amber week repeats: %r" % panel)
    check(driver.find_element(By.ID, "f-log-2026-11-14-note").get_attribute("value") == "cut the strength short",
          "the saved log reloads into the grid")
    wait_for(driver, lambda d: d.execute_script("const i = document.querySelector('#preview ol.pages img'); return i && i.complete && i.naturalWidth > 300"),
             "the re-planned pages to load")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Download this draft").click()
    pdf = wait_for(driver, lambda d: [f for f in glob.glob(os.path.join(downloads, "*.pdf")) if "C-1187" in f], "the draft PDF")
    if pdf:
        time.sleep(0.5)
        text = subprocess.run(["pdftotext", pdf[0], "-"], capture_output=True, text=True).stdout
        check("Progress so far" in text and "Week 2: amber" in text, "the re-planned handout has Progress so far with the amber week")
    driver.execute_script("document.getElementById('g-log').scrollIntoView()")
    shot(driver, "follow-up", full=False)
    driver.set_window_size(768, 1024)
    driver.execute_script("document.getElementById('g-log').scrollIntoView()")
    driver.save_screenshot(os.path.join(OUT, "web-follow-up-tablet.png"))
    driver.set_window_size(1024, 1300)
    with open(os.path.join(clients, "morgan.yaml")) as f:
        saved = f.read()
    check('  week 1: {done: "4 of 4", during: 2, morning: 1}\n  2026-11-10: {done: yes, during: 2, morning: 1}\n' in saved,
          "the grid saves one log line per entry, empty days left out")


def gone(element):
    """Whether the page holding `element` has been replaced. Mid-navigation ChromeDriver may answer "node does not
    belong to the document" instead of a stale reference (a CI run failed on it): that is gone too."""
    try:
        element.is_enabled()
        return False
    except (StaleElementReferenceException, WebDriverException):
        return True


def runner(driver, address):
    driver.get(address + "/runner")
    check(not unlabelled_controls(driver), "every control on the runner's page has a label")
    shot(driver, "runner-signs")
    for _ in range(2):
        button = driver.find_element(By.CSS_SELECTOR, "form[action='/runner/next'] button[type=submit]")
        button.click()
        # The next page must have replaced this one before its button is looked for (a second click found none).
        WebDriverWait(driver, 20).until(lambda d: gone(button))
    wait_for(driver, lambda d: "About you and your running" in d.page_source, "the questions after the warning signs")
    check(not unlabelled_controls(driver), "every control on the runner's questions has a label: %s" % unlabelled_controls(driver))
    check(not overflowing(driver), "the runner's questions fit 1024 px")
    shot(driver, "runner-about")
    driver.get(address + "/runner")
    driver.find_element(By.ID, "sign_saddle_numbness-yes").click()
    advice = wait_for(driver, lambda d: d.find_element(By.ID, "emergency-now").is_displayed(), "the emergency advice")
    check(bool(advice), "an emergency answer shows the advice at once")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, lambda d: "Stop: get help now" in d.page_source, "the emergency page")
    check("emergency department" in driver.page_source, "the emergency page says where to go")
    shot(driver, "runner-emergency", full=False)


def refuses_other_hosts(address):
    host, port = address.replace("http://", "").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", "/", headers={"Host": "evil.example:" + port})
    status = connection.getresponse().status
    connection.close()
    check(status == 421, "a request for another host name is refused (DNS rebinding): %d" % status)


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="backstride-browser-")
    clients, downloads = os.path.join(work, "clients"), os.path.join(work, "downloads")
    os.makedirs(clients)
    os.makedirs(downloads)
    shutil.copy(os.path.join(ROOT, "Examples", "sam-rivera.yaml"), clients)
    server, address = start_server(clients, os.path.join(work, "packs"))
    driver = None
    try:
        refuses_other_hosts(address)
        driver = browser(downloads)
        clinic(driver, address, downloads)
        follow_up(driver, address, clients, downloads)
        runner(driver, address)
        with open(os.path.join(clients, "C-5150.yaml")) as f:
            saved = f.read()
        check("signs: [saddle_numbness]" in saved and 'name: "Morgan Hale"' in saved, "the saved file is canonical YAML")
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            code = None
        check(code == 0, "Ctrl-C stops the server cleanly (exit %r)" % code)
        shutil.rmtree(work, ignore_errors=True)
    tally.finish()


main()
