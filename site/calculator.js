// The pricing page's calculator: prices the visitor's office on every plan, line by line, from
// the price book the build wrote (public/pricebook.json; opened from file://, where browsers
// fetch nothing, from the same bytes carried in the page as #pricebook), the way `upkeep quote` does: the same steps in the same order as PriceEngine.swift, the same
// words as Language+Lines.swift. Amounts are BigInt minor units; every percentage and fraction is
// rounded once, to the nearest minor unit, halves away from zero (docs/money.md). No framework,
// no requests: what the visitor types never leaves the page.
"use strict";
(function () {
  const section = document.getElementById("calculator");
  if (!section || typeof BigInt !== "function") return;
  let book = null;
  const words = JSON.parse(document.getElementById("calculator-words").textContent);
  const form = section.querySelector("form.office");
  const results = section.querySelector(".quotes");
  const cards = results.querySelector(".cards");

  // Arithmetic: the rounding rule, and nothing else rounds.
  function roundedQuotient(numerator, denominator) {
    let quotient = numerator / denominator; // BigInt division truncates toward zero, as Swift's does
    const remainder = numerator % denominator;
    if ((remainder < 0n ? -remainder : remainder) * 2n >= denominator) quotient += numerator < 0n ? -1n : 1n;
    return quotient;
  }
  const scaled = (amount, numerator, denominator) => roundedQuotient(amount * BigInt(numerator), BigInt(denominator));
  const applying = (amount, perMillion) => scaled(amount, perMillion, 1000000);
  const sum = (lines) => lines.reduce((total, line) => total + line.amount, 0n);
  // The entry with the largest key; of equal keys, the first (as Swift's max(by:)).
  function highest(entries, key) {
    let best = null;
    for (const entry of entries) if (best === null || key(entry) > key(best)) best = entry;
    return best;
  }

  // Words: Placeholders.fill, MoneyFormat.format, DecimalText.format, Language.percent.
  function fill(template, values) {
    let out = "", rest = template;
    for (;;) {
      const open = rest.indexOf("{");
      const close = open < 0 ? -1 : rest.indexOf("}", open);
      if (close < 0) return out + rest;
      const name = rest.slice(open + 1, close);
      out += rest.slice(0, open) + (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : rest.slice(open, close + 1));
      rest = rest.slice(close + 1);
    }
  }
  function grouped(digits, separator) {
    let out = "";
    for (let i = 0; i < digits.length; i++) {
      if (separator !== null && i > 0 && (digits.length - i) % 3 === 0) out += separator;
      out += digits[i];
    }
    return out;
  }
  function money(amount) {
    const format = words.money;
    const magnitude = amount < 0n ? -amount : amount;
    const unit = 10n ** BigInt(format.minorDigits);
    let text = (amount < 0n ? "\u2212" : "") + format.prefix + grouped((magnitude / unit).toString(), format.grouping);
    if (format.minorDigits > 0) text += format.decimal + (magnitude % unit).toString().padStart(format.minorDigits, "0");
    return text + format.suffix;
  }
  function decimal(scaledValue, fractionDigits) {
    const magnitude = Math.abs(scaledValue), unit = 10 ** fractionDigits;
    const fraction = String(magnitude % unit).padStart(fractionDigits, "0").replace(/0+$/, "");
    return (scaledValue < 0 ? "-" : "") + Math.floor(magnitude / unit) + (fraction ? words.decimal + fraction : "");
  }
  const percent = (perMillion) => fill(words.percent, { number: decimal(perMillion, 4) });
  const count = (n, one, many) => fill(n === 1 ? one : many, { count: String(n) });

  function text(line, plan) {
    const w = words.lines, item = line.item;
    const devices = (n) => count(n, w.device, w.devices);
    const each = (units, price) => fill(w.perUnit, { units: units, price: money(price) });
    switch (item.kind) {
      case "workstations": return each(count(item.count, w.workstation, w.workstations), item.unitPrice);
      case "volumeDiscount": return fill(w.volumeDiscount, { from: String(item.from), rate: percent(item.rate), base: money(item.base) });
      case "servers": return each(count(item.count, w.server, w.servers), item.unitPrice);
      case "ageSurcharge": return fill(w.ageSurcharge, { devices: devices(item.count), years: String(item.olderThanYears), price: money(item.unitPrice) });
      case "callVolume":
        return fill(w.callVolume, { calls: count(item.calls, w.call, w.calls), moreThan: String(item.moreThan), rate: percent(item.rate), base: money(item.base) });
      case "visits": return fill(w.visitsLine, { visits: count(item.perYear, w.visit, w.visits), price: money(item.unitPrice) });
      case "addon": {
        const units = { device: devices, workstation: (n) => count(n, w.workstation, w.workstations), server: (n) => count(n, w.server, w.servers) }[item.per];
        if (!units) return fill(w.addonFlat, { name: item.name });
        return fill(w.addonFor, { name: item.name, units: units(item.units), price: money(item.unitPrice) });
      }
      case "addonIncluded": return fill(w.addonIncluded, { name: item.name, plan: plan.name });
      case "termDiscount": return fill(w.termDiscount, { months: String(item.months), rate: percent(item.rate), base: money(item.base) });
      case "minimumFee": return fill(w.minimumFee, { minimum: money(item.minimum) });
      case "tax": return fill(w.tax, { name: item.name, rate: percent(item.rate), base: money(item.base) });
      case "onboardingDevices": return fill(w.onboardingDevices, { devices: devices(item.count), price: money(item.unitPrice) });
      case "onboardingMinimum": return fill(w.onboardingMinimum, { minimum: money(item.minimum) });
    }
    return "";
  }

  // Pricing, step by step as PriceEngine.quote.
  const isTooOld = (group) => book.maxAgeYears != null && group.age > book.maxAgeYears;
  const devicesIn = (groups) => groups.reduce((n, group) => n + group.count, 0);
  function tax(amount) {
    return book.taxes.filter((t) => t.appliesTo.includes("contract") && amount > 0n)
      .map((t) => ({ item: { kind: "tax", name: t.name, rate: t.rate, base: amount }, amount: applying(amount, t.rate) }));
  }
  function quote(plan, office) {
    const workstations = office.workstations.filter((g) => !isTooOld(g)), servers = office.servers.filter((g) => !isTooOld(g));
    const workstationCount = devicesIn(workstations), serverCount = devicesIn(servers);
    const lines = [];
    const add = (item, amount) => lines.push({ item: item, amount: amount });
    if (workstationCount > 0) {
      const base = BigInt(plan.perWorkstation) * BigInt(workstationCount);
      add({ kind: "workstations", count: workstationCount, unitPrice: BigInt(plan.perWorkstation) }, base);
      const tier = highest(book.volumeTiers.filter((t) => workstationCount >= t.from && t.discount > 0), (t) => t.from);
      if (tier) add({ kind: "volumeDiscount", from: tier.from, rate: tier.discount, base: base }, -applying(base, tier.discount));
    }
    if (serverCount > 0) add({ kind: "servers", count: serverCount, unitPrice: BigInt(plan.perServer) }, BigInt(plan.perServer) * BigInt(serverCount));
    const brackets = book.ageSurcharges.slice().sort((a, b) => a.olderThanYears - b.olderThanYears);
    const counts = brackets.map(() => 0);
    for (const group of workstations.concat(servers)) {
      const exceeded = brackets.filter((b) => b.olderThanYears < group.age).length;
      if (exceeded > 0) counts[exceeded - 1] += group.count;
    }
    brackets.forEach((bracket, i) => {
      if (counts[i] > 0 && bracket.perDevice > 0) {
        add({ kind: "ageSurcharge", count: counts[i], olderThanYears: bracket.olderThanYears, unitPrice: BigInt(bracket.perDevice) },
            BigInt(bracket.perDevice) * BigInt(counts[i]));
      }
    });
    const surcharge = plan.support === "unlimited" ? highest(book.callVolume.filter((c) => office.callsPerMonth > c.moreThan), (c) => c.moreThan) : null;
    if (surcharge) {
      const base = sum(lines);
      add({ kind: "callVolume", calls: office.callsPerMonth, moreThan: surcharge.moreThan, rate: surcharge.surcharge, base: base }, applying(base, surcharge.surcharge));
    }
    if (office.visitsPerYear > 0 && book.onsiteVisitPrice > 0) {
      add({ kind: "visits", perYear: office.visitsPerYear, unitPrice: BigInt(book.onsiteVisitPrice) }, scaled(BigInt(book.onsiteVisitPrice), office.visitsPerYear, 12));
    }
    const addons = new Map();
    for (const addon of book.addons) if (!addons.has(addon.id)) addons.set(addon.id, addon);
    for (const id of office.services) {
      const addon = addons.get(id);
      if (!addon) continue;
      if (plan.includedAddons.includes(id)) {
        add({ kind: "addonIncluded", name: addon.name }, 0n);
        continue;
      }
      const units = { device: workstationCount + serverCount, workstation: workstationCount, server: serverCount, flat: 1 }[addon.per];
      if (units > 0) add({ kind: "addon", name: addon.name, per: addon.per, units: units, unitPrice: BigInt(addon.price) }, BigInt(addon.price) * BigInt(units));
    }
    const term = highest(book.termDiscounts.filter((t) => office.termMonths >= t.months && t.discount > 0), (t) => t.months);
    if (term) {
      const base = sum(lines);
      add({ kind: "termDiscount", months: term.months, rate: term.discount, base: base }, -applying(base, term.discount));
    }
    const minimum = BigInt(book.minimumMonthly), beforeMinimum = sum(lines);
    if (beforeMinimum < minimum) add({ kind: "minimumFee", minimum: minimum }, minimum - beforeMinimum);
    const monthlyFee = sum(lines), monthlyTax = tax(monthlyFee);

    const onboarding = [], devices = workstationCount + serverCount;
    const perDevice = BigInt(book.onboarding.perDevice), onboardingMinimum = BigInt(book.onboarding.minimum);
    if (devices > 0 && perDevice > 0n) onboarding.push({ item: { kind: "onboardingDevices", count: devices, unitPrice: perDevice }, amount: perDevice * BigInt(devices) });
    const beforeOnboardingMinimum = sum(onboarding);
    if (beforeOnboardingMinimum < onboardingMinimum) {
      onboarding.push({ item: { kind: "onboardingMinimum", minimum: onboardingMinimum }, amount: onboardingMinimum - beforeOnboardingMinimum });
    }
    const onboardingFee = sum(onboarding), onboardingTax = tax(onboardingFee);
    return {
      plan: plan, monthly: lines, monthlyFee: monthlyFee, monthlyTax: monthlyTax, monthlyTotal: monthlyFee + sum(monthlyTax),
      onboarding: onboarding, onboardingFee: onboardingFee, onboardingTax: onboardingTax, onboardingTotal: onboardingFee + sum(onboardingTax),
      firstMonthTotal: monthlyFee + onboardingFee + sum(tax(monthlyFee + onboardingFee)),
    };
  }

  // Recommendation.choose: the lowest expected monthly cost, support calls billed by the hour on
  // maintenance-only plans; of plans that cost the same, the one listed first.
  function callCost(calls) {
    const labour = scaled(BigInt(book.remoteHourly), book.hoursPerCall, 100) * BigInt(calls);
    return labour + book.taxes.filter((t) => t.appliesTo.includes("labor") && labour > 0n).reduce((total, t) => total + applying(labour, t.rate), 0n);
  }

  // QuoteBreakdown: the rows of a quote, as the proposal and `upkeep quote` print them.
  function rows(q) {
    const line = (l) => ({ kind: l.item.kind === "addonIncluded" ? "included" : l.item.kind === "tax" ? "tax" : l.amount < 0n ? "discount" : "charge",
                           text: text(l, q.plan), amount: l.amount });
    const total = (kind, label, amount) => ({ kind: kind, text: label, amount: amount });
    let out = q.monthly.map(line).concat([total("subtotal", words.monthlyFee, q.monthlyFee)]);
    if (q.monthlyTax.length) out = out.concat(q.monthlyTax.map(line), [total("subtotal", words.monthlyTotal, q.monthlyTotal)]);
    out = out.concat(q.onboarding.map(line), [total("subtotal", words.onboardingFee, q.onboardingFee)]);
    if (q.onboardingTax.length) out = out.concat(q.onboardingTax.map(line), [total("subtotal", words.onboardingTotal, q.onboardingTotal)]);
    return out.concat([total("total", words.firstMonth, q.firstMonthTotal)]);
  }

  // The form, read as an office: each age row's devices at the row's age.
  function whole(input) {
    const value = Number(input.value);
    const valid = input.value === "" || (Number.isInteger(value) && value >= Number(input.min) && value <= Number(input.max));
    input.setAttribute("aria-invalid", valid ? "false" : "true");
    return valid && input.value !== "" ? value : 0;
  }
  function office() {
    const groups = { workstations: [], servers: [] };
    for (const row of form.querySelectorAll("tr[data-age]")) {
      const age = Number(row.dataset.age);
      for (const kind of ["workstations", "servers"]) {
        const n = whole(row.querySelector("input[name^='" + kind + "-']"));
        if (n > 0) groups[kind].push({ count: n, age: age });
      }
    }
    return {
      workstations: groups.workstations, servers: groups.servers,
      services: Array.from(form.querySelectorAll("input[name=service]:checked"), (box) => box.value),
      visitsPerYear: whole(form.elements.visits), callsPerMonth: whole(form.elements.calls), termMonths: Number(form.elements.term.value),
    };
  }

  function element(name, className, content) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }
  function render() {
    const o = office();
    const quotes = book.plans.map((plan) => quote(plan, o));
    const calls = callCost(o.callsPerMonth);
    const expected = quotes.map((q) => q.monthlyTotal + (q.plan.support === "maintenance" ? calls : 0n));
    let best = 0;
    expected.forEach((cost, i) => { if (cost < expected[best]) best = i; });
    const made = document.createDocumentFragment();
    const tooOld = devicesIn(o.workstations.filter(isTooOld)) + devicesIn(o.servers.filter(isTooOld));
    if (tooOld > 0) made.appendChild(element("p", "notice", fill(words.notCovered, { devices: count(tooOld, words.lines.device, words.lines.devices), years: String(book.maxAgeYears) })));
    quotes.forEach((q, i) => {
      const card = element("section", i === best ? "card quote featured" : "card quote");
      card.dataset.plan = q.plan.id;
      if (i === best) card.appendChild(element("p", "badge", words.recommendedForYou));
      card.appendChild(element("h4", "", q.plan.name));
      const table = element("table", "grid quote-lines"), body = element("tbody");
      for (const row of rows(q)) {
        const tr = element("tr", row.kind);
        tr.appendChild(element("td", "", row.text));
        tr.appendChild(element("td", "num", money(row.amount)));
        body.appendChild(tr);
      }
      table.appendChild(body);
      card.appendChild(table);
      if (q.plan.support === "maintenance" && o.callsPerMonth > 0) {
        card.appendChild(element("p", "small muted expected", fill(words.expectedWithCalls, {
          calls: count(o.callsPerMonth, words.lines.call, words.lines.calls), rate: money(BigInt(book.remoteHourly)), amount: money(expected[i]) })));
      }
      made.appendChild(card);
    });
    cards.replaceChildren(made);
  }

  function start(priceBook) {
    book = priceBook;
    form.addEventListener("input", render);
    form.addEventListener("change", render);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
    results.hidden = false;
    render();
  }
  const carried = () => JSON.parse(document.getElementById("pricebook").textContent);
  if (location.protocol === "file:") {
    start(carried());
  } else {
    fetch("pricebook.json").then((response) => response.ok ? response.json() : Promise.reject(response.status))
      .then(start, () => start(carried()));
  }
})();
