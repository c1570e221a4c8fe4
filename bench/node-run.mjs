// The node baseline for .js recordings in bench/run: runs the same page script with a window and a dataLayer whose
// push collects a copy of each value (JSON round trip, as a capture would keep it), and prints how many it got.
//
// usage: node bench/node-run.mjs FILE.js
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const collected = [];
const dataLayer = [];
dataLayer.push = function (...values) {
  for (const value of values) collected.push(JSON.stringify(value));
  return Array.prototype.push.apply(this, values);
};
const window = { dataLayer };
window.window = window;
const context = vm.createContext({ window, dataLayer, gtag() { dataLayer.push(arguments); } });
vm.runInContext(readFileSync(process.argv[2], 'utf8'), context, { filename: process.argv[2] });
console.log(JSON.stringify({ pushes: collected.length }));
