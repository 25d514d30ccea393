#!/usr/bin/env python3
"""Prints what a page cuts off at each window width, one line each: a table wider than the window
(or than the region that scrolls it), a cell whose text does not fit. Nothing printed: nothing clipped.

    clipped.py PAGE.html 1280 390

Needs Debian's chromium and chromium-driver, and selenium from PyPI.
"""
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MEASURE = """
const width = document.documentElement.clientWidth, out = [];
if (document.documentElement.scrollWidth > width + 1) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
document.querySelectorAll('table').forEach((table, index) => {
  const name = 'table ' + (index + 1) + ' (' + (table.querySelector('th, td') || {}).textContent.trim().slice(0, 30) + ')';
  const box = table.getBoundingClientRect();
  if (box.right > width + 1) out.push(name + ' ends at ' + Math.round(box.right) + ' px');
  const scroller = table.closest('.scroll');
  if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) out.push(name + ' scrolls: ' + scroller.scrollWidth + ' px in ' + scroller.clientWidth);
  table.querySelectorAll('th, td').forEach(cell => {
    if (cell.scrollWidth > cell.clientWidth + 1) out.push(name + ': a cell is cut: ' + cell.textContent.trim().slice(0, 40));
  });
});
return out;
"""

options = webdriver.ChromeOptions()
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    page = sys.argv[1]
    for width in sys.argv[2:]:
        driver.set_window_size(int(width), 1000)
        # The window's inner width is what the page lays out in: make it exactly `width`.
        inner = driver.execute_script("return window.innerWidth")
        driver.set_window_size(2 * int(width) - inner, 1000)
        driver.get("file://" + page)
        for line in driver.execute_script(MEASURE):
            print(f"{width} px: {line}")
finally:
    driver.quit()
