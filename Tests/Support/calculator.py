#!/usr/bin/env python3
"""Drives the pricing page's calculator in headless Chromium through a list of offices and prints,
as JSON, what the page shows for each: every plan's rows (text and amount) and which plan it
recommends; and any message the browser's console logged.

    calculator.py URL OFFICES.json

OFFICES.json is a list of {"rows": {"age-0": [workstations, servers], ...}, "services": [ids],
"visits": n, "calls": n, "term": months}. The form is filled as a visitor fills it: each field's
value set, then an input event, which is what the page listens to.

Needs Debian's chromium and chromium-driver, and selenium from PyPI.
"""
import json, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.wait import WebDriverWait

FILL = """
const office = arguments[0], form = document.querySelector('#calculator form');
if (form.hidden) return null;
const set = (field, value) => { field.value = String(value); field.dispatchEvent(new Event('input', {bubbles: true})); };
for (const row of form.querySelectorAll('tr[data-age]')) {
  const key = row.querySelector('th').id, counts = office.rows[key] || [0, 0];
  set(row.querySelector("input[name='workstations-" + key + "']"), counts[0]);
  set(row.querySelector("input[name='servers-" + key + "']"), counts[1]);
}
for (const box of form.querySelectorAll('input[name=service]')) {
  const wanted = office.services.includes(box.value);
  if (box.checked !== wanted) box.click();
}
set(form.elements.visits, office.visits);
set(form.elements.calls, office.calls);
form.elements.term.value = String(office.term);
form.elements.term.dispatchEvent(new Event('change', {bubbles: true}));
return Array.from(document.querySelectorAll('#calculator .card.quote'), card => ({
  plan: card.dataset.plan,
  recommended: card.classList.contains('featured'),
  rows: Array.from(card.querySelectorAll('tr'), tr => [tr.cells[0].textContent, tr.cells[1].textContent]),
}));
"""

url, offices = sys.argv[1], json.load(open(sys.argv[2]))
options = webdriver.ChromeOptions()
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.set_window_size(1280, 1000)
    driver.get(url)
    # Served over http, the page fetches pricebook.json first: wait for the form it then shows.
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return !document.querySelector('#calculator form').hidden"))
    shown = [driver.execute_script(FILL, office) for office in offices]
    console = [entry["message"] for entry in driver.get_log("browser")]
finally:
    driver.quit()
print(json.dumps({"offices": shown, "console": console}))
