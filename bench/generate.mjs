// Seeded generator of realistic dataLayer recordings for bench/run (node, no dependencies).
//
// usage: node bench/generate.mjs PUSHES OUTDIR [SEED]
// writes OUTDIR/rec-PUSHES.ndjson, .json (a window.dataLayer dump), .envelope.ndjson (the capture envelope of
// docs/capture.md), .js (a page script calling dataLayer.push), .run.js (the same script with one variable, so its
// code runs in the sandbox) and .gtag.js (that with a gtag event call after every 1,000th push), all holding the same
// PUSHES pushes (and .gtag.js one more per 1,000).
//
// What a session looks like: page views, item lists, item views, add/remove to cart, cart views, checkout steps,
// wishlists, promotions, purchases of 1-20 items (clear first, as GTM's docs advise), and later full or partial
// refunds of earlier purchases. About 5% of the pushes are broken the way real pages break them: lower-case
// currency, prices as strings, 0.1 + 0.2 amounts, items without id and name, negative values, missing
// transaction ids, a missing clear.
import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { once } from 'node:events';

const [, , countArg, outDir, seedArg] = process.argv;
if (!countArg || !outDir) {
  console.error('usage: node bench/generate.mjs PUSHES OUTDIR [SEED]');
  process.exit(2);
}
const total = Number(countArg);
let seed = Number(seedArg ?? 20261202) >>> 0;

// mulberry32: small, fast, and the same sequence on every machine.
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP', 'JPY', 'KWD'];
const MINOR = { USD: 2, EUR: 2, GBP: 2, JPY: 0, KWD: 3 };
const BRANDS = ['Google', 'Acme', 'Northwind', 'Contoso', 'Fabrikam'];
const CATEGORIES = ['Apparel', 'Shoes', 'Accessories', 'Home', 'Toys', 'Books'];
const VARIANTS = ['red', 'blue', 'green', 'black', 'S', 'M', 'L', 'XL'];
const LISTS = [['related', 'Related products'], ['search', 'Search results'], ['home', 'Home page']];
const PAGES = ['/', '/search', '/category/apparel', '/product', '/cart', '/checkout', '/thank-you', '/account'];
const BROKEN_RATE = 0.05;

const round = (amount, currency) => {
  const f = 10 ** MINOR[currency];
  return Math.round(amount * f) / f;
};

function product(currency) {
  const n = int(1, 5000);
  const item = { item_id: `SKU_${n}`, item_name: `Product ${n}` };
  if (chance(0.3)) item.item_brand = pick(BRANDS);
  if (chance(0.3)) item.item_category = pick(CATEGORIES);
  if (chance(0.2)) item.item_variant = pick(VARIANTS);
  item.price = round(currency === 'JPY' ? int(100, 20000) : int(100, 20000) / 100, currency);
  item.quantity = int(1, 4);
  return item;
}

function items(currency, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push(product(currency));
  }
  return list;
}

const sum = (list, currency) => round(list.reduce((s, it) => s + it.price * (it.quantity ?? 1), 0), currency);

// A broken variant of an ecommerce push, one defect each, as they show up in real captures.
function breakPush(push) {
  const e = push.ecommerce;
  if (!e) return { event: push.event, ecommerce: { currency: 'usd' } };
  const defects = [
    () => { e.currency = (e.currency ?? 'USD').toLowerCase(); },
    () => { if (e.items?.length) e.items[0].price = String(e.items[0].price); else e.value = String(e.value ?? 1); },
    () => { e.value = 0.1 + 0.2; },
    () => { if (e.items?.length) { delete e.items[0].item_id; delete e.items[0].item_name; } else e.value = -1; },
    () => { e.value = -Math.abs(e.value ?? 5); },
    () => { delete e.transaction_id; if (!('items' in e)) e.items = []; },
    () => { if (e.items?.length) e.items[0].quantity = 1.5; else e.currency = 'US$'; },
  ];
  pick(defects)();
  return push;
}

class Session {
  constructor() {
    this.orders = [];
    this.orderSeq = 0;
  }

  // The pushes of one visitor step, in page order.
  *steps() {
    for (;;) {
      const currency = pick(CURRENCIES);
      yield { event: 'page_view', page_location: `https://shop.example${pick(PAGES)}`, page_title: 'Shop' };
      const r = random();
      if (r < 0.12) {
        const [id, name] = pick(LISTS);
        yield* this.ecommerce('view_item_list', { item_list_id: id, item_list_name: name, items: items(currency, int(2, 8)) });
      } else if (r < 0.2) {
        const it = product(currency);
        yield* this.ecommerce('select_item', { item_list_id: 'related', items: [it] });
        yield* this.ecommerce('view_item', { currency, value: sum([it], currency), items: [it] });
      } else if (r < 0.3) {
        const it = product(currency);
        yield* this.ecommerce('add_to_cart', { currency, value: sum([it], currency), items: [it] });
        if (chance(0.2)) yield* this.ecommerce('remove_from_cart', { currency, value: sum([it], currency), items: [it] });
      } else if (r < 0.36) {
        const list = items(currency, int(1, 5));
        yield* this.ecommerce('view_cart', { currency, value: sum(list, currency), items: list });
      } else if (r < 0.4) {
        const it = product(currency);
        yield* this.ecommerce('add_to_wishlist', { currency, value: sum([it], currency), items: [it] });
      } else if (r < 0.45) {
        const promo = { promotion_id: `P_${int(1, 50)}`, promotion_name: 'Summer sale', creative_slot: 'banner' };
        yield* this.ecommerce('view_promotion', { ...promo, items: [{ item_id: `SKU_${int(1, 5000)}`, ...promo }] });
        if (chance(0.3)) yield* this.ecommerce('select_promotion', { ...promo, items: [{ item_id: `SKU_${int(1, 5000)}`, ...promo }] });
      } else if (r < 0.8) {
        yield* this.checkout(currency);
      } else if (r < 0.9 && this.orders.length) {
        yield* this.refund();
      } else {
        yield { event: 'scroll', percent_scrolled: 90 };
      }
    }
  }

  *checkout(currency) {
    // 1-20 items, most orders small: the mean is about 4.
    const list = items(currency, 1 + Math.floor(random() ** 2.5 * 20));
    const value = sum(list, currency);
    yield* this.ecommerce('begin_checkout', { currency, value, items: list });
    yield* this.ecommerce('add_shipping_info', { currency, value, shipping_tier: 'Ground', items: list });
    yield* this.ecommerce('add_payment_info', { currency, value, payment_type: 'Credit Card', items: list });
    const transaction_id = `T${++this.orderSeq}`;
    const purchase = {
      transaction_id, currency, value,
      tax: round(value * 0.08, currency), shipping: round(currency === 'JPY' ? 500 : 4.99, currency),
      items: list,
    };
    if (chance(0.3)) purchase.coupon = 'SUMMER';
    yield* this.ecommerce('purchase', purchase);
    this.orders.push(purchase);
    if (this.orders.length > 200) this.orders.shift();
  }

  *refund() {
    const order = this.orders.splice(int(0, this.orders.length - 1), 1)[0];
    if (chance(0.5)) {
      yield* this.ecommerce('refund', { transaction_id: order.transaction_id, currency: order.currency, value: order.value });
    } else {
      const part = order.items.slice(0, Math.max(1, Math.floor(order.items.length / 2)))
        .map((it) => ({ item_id: it.item_id, price: it.price, quantity: 1 }));
      yield* this.ecommerce('refund', {
        transaction_id: order.transaction_id, currency: order.currency, value: sum(part, order.currency), items: part,
      });
    }
  }

  // A clear (most of the time) and the ecommerce push; about 5% of pushes broken overall.
  *ecommerce(event, ecommerce) {
    if (!chance(0.03)) yield { ecommerce: null };
    const push = { event, ecommerce: structuredClone(ecommerce) };
    yield chance(BROKEN_RATE * 2.4) ? breakPush(push) : push;
  }
}

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

mkdirSync(outDir, { recursive: true });
const base = `${outDir}/rec-${total}`;
const ndjson = createWriteStream(`${base}.ndjson`);
const dump = createWriteStream(`${base}.json`);
const envelope = createWriteStream(`${base}.envelope.ndjson`);
const script = createWriteStream(`${base}.js`);
const runScript = createWriteStream(`${base}.run.js`);
const gtagScript = createWriteStream(`${base}.gtag.js`);
await write(dump, '[\n');
await write(script, '// Generated by bench/generate.mjs: a page pushing to the dataLayer.\nwindow.dataLayer = window.dataLayer || [];\n');
await write(runScript, '// Generated by bench/generate.mjs: the same page with a variable, so it must be run.\n'
  + "window.dataLayer = window.dataLayer || []; var page = 'checkout';\n");
await write(gtagScript, '// Generated by bench/generate.mjs: the same page with a variable and a gtag event call after\n'
  + '// every 1,000th push, so code and runs of literal pushes take turns.\n'
  + "window.dataLayer = window.dataLayer || []; var page = 'checkout';\n");

const steps = new Session().steps();
let ts = 1796192347000;
for (let i = 0; i < total; i++) {
  const push = steps.next().value;
  const text = JSON.stringify(push);
  ts += int(5, 4000);
  await write(ndjson, text + '\n');
  await write(dump, (i === 0 ? '' : ',\n') + text);
  const line = i + 3;
  await write(envelope, JSON.stringify({
    recording: `bench-${Math.floor(i / 5000)}`, seq: i, ts, url: 'https://shop.example/checkout',
    source: { url: 'https://shop.example/app.js', line, column: 11 }, via: 'push', kind: 'object', push,
  }) + '\n');
  await write(script, `dataLayer.push(${text});\n`);
  await write(runScript, `dataLayer.push(${text});\n`);
  await write(gtagScript, `dataLayer.push(${text});\n`);
  if ((i + 1) % 1000 === 0) await write(gtagScript, `gtag('event', 'scroll', {percent_scrolled: 90, page: page});\n`);
}
await write(dump, '\n]\n');
for (const s of [ndjson, dump, envelope, script, runScript, gtagScript]) {
  s.end();
  await once(s, 'finish');
}
