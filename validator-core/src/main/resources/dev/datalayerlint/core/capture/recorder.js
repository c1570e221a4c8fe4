// datalayer-lint's dataLayer recorder. Injected before any page script (Page.addScriptToEvaluateOnNewDocument);
// reports each push through the binding named __BINDING__ (Runtime.addBinding) as one JSON string, or, without a
// binding, keeps the reports in the page until window.__datalayerLintRecorder.take() collects them. See docs/capture.md.
(function () {
  'use strict';
  var BINDING = '__BINDING__';
  if (window.__datalayerLintRecorder) {
    return;
  }
  var kept = [];
  var send = BINDING === '' ? function (text) { kept.push(text); } : window[BINDING];
  if (typeof send !== 'function') {
    return;
  }
  // Keep our own references: a page may replace these later.
  var stringify = JSON.stringify;
  var isArray = Array.isArray;
  var toStringOf = Object.prototype.toString;
  var hasOwn = Object.prototype.hasOwnProperty;
  var keysOf = Object.keys;
  var defineProperty = Object.defineProperty;
  var NodeType = typeof Node === 'function' ? Node : null;
  var timeOrigin = Math.round(performance.timeOrigin * 1000) / 1000;

  var state = {
    sent: 0,
    document: timeOrigin,
    // The reports kept since the last call (without a binding): what a Selenium or Playwright test collects.
    take: function () { var out = kept; kept = []; return out; }
  };
  defineProperty(window, '__datalayerLintRecorder', { value: state, enumerable: false });

  var MAX_DEPTH = 40;
  var MAX_KEYS = 2000;

  // A JSON-safe snapshot of a pushed value: never throws, marks what JSON cannot hold.
  function snapshot(value, ancestors, depth) {
    if (value === undefined) return { $js: 'undefined' };
    if (value === null) return null;
    var type = typeof value;
    if (type === 'string' || type === 'boolean') return value;
    if (type === 'number') {
      return isFinite(value) ? value : { $js: 'number', value: String(value) };
    }
    if (type === 'function') return { $js: 'function', name: safeName(value) };
    if (type === 'bigint') return { $js: 'bigint', value: String(value) };
    if (type === 'symbol') return { $js: 'symbol', value: safeString(value) };
    if (value === window) return { $js: 'window' };
    if (NodeType && value instanceof NodeType) return describeNode(value);
    for (var i = 0; i < ancestors.length; i++) {
      if (ancestors[i] === value) return { $js: 'cycle' };
    }
    if (depth >= MAX_DEPTH) return { $js: 'too-deep' };
    var tag = safeTag(value);
    if (tag === '[object Date]') {
      var time = value.getTime();
      return isFinite(time) ? new Date(time).toISOString() : { $js: 'number', value: 'NaN' };
    }
    if (tag === '[object RegExp]' || tag === '[object Map]' || tag === '[object Set]' ||
        tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]') {
      return { $js: 'object', type: tag.slice(8, -1) };
    }
    ancestors.push(value);
    try {
      if (isArray(value) || tag === '[object Arguments]') {
        var items = [];
        var length = Math.min(value.length >>> 0, MAX_KEYS);
        for (var j = 0; j < length; j++) items.push(snapshot(read(value, j), ancestors, depth + 1));
        return items;
      }
      var out = {};
      var keys;
      try { keys = keysOf(value); } catch (e) { return { $js: 'error', message: safeString(e) }; }
      for (var k = 0; k < keys.length && k < MAX_KEYS; k++) {
        out[keys[k]] = snapshot(read(value, keys[k]), ancestors, depth + 1);
      }
      return out;
    } finally {
      ancestors.pop();
    }
  }

  function read(object, key) {
    try { return object[key]; } catch (e) { return { $jsThrew: safeString(e) }; }
  }

  function describeNode(node) {
    var out = { $js: 'node', nodeName: safeString(node.nodeName) };
    try {
      if (node.id) out.id = String(node.id);
      if (typeof node.className === 'string' && node.className) out.className = node.className;
      if (node.getAttribute && node.getAttribute('href')) out.href = String(node.getAttribute('href'));
    } catch (e) { /* a node we cannot read more of */ }
    return out;
  }

  function safeTag(value) { try { return toStringOf.call(value); } catch (e) { return '[object Object]'; } }
  function safeName(fn) { try { return String(fn.name || ''); } catch (e) { return ''; } }
  function safeString(value) { try { return String(value); } catch (e) { return '?'; } }

  // The calling script's location: the first stack frame that is not ours, gtag's or GTM's own.
  var FRAME = /^\s*at (?:(.*?) \()?(.*):(\d+):(\d+)\)?$/;
  function callSite() {
    var limit = Error.stackTraceLimit;
    var stack;
    try {
      Error.stackTraceLimit = 60;
      stack = String(new Error().stack || '');
    } catch (e) {
      return null;
    } finally {
      Error.stackTraceLimit = limit;
    }
    var lines = stack.split('\n');
    for (var i = 1; i < lines.length; i++) {
      var match = FRAME.exec(lines[i]);
      if (!match) continue;
      var fn = match[1] || '';
      var url = match[2];
      if (url.indexOf('datalayer-lint-recorder.js') >= 0) continue;
      if (/(^|\.)gtag$/.test(fn)) continue;
      if (/googletagmanager\.com\/(gtm|gtag)\b|\/gtm\.js\b|\/gtag\/js\b/.test(url)) continue;
      return { url: url, line: Number(match[3]), column: Number(match[4]) };
    }
    return null;
  }

  var reported = typeof WeakSet === 'function' ? new WeakSet() : null;
  function alreadyReported(value) {
    return reported !== null && value !== null && typeof value === 'object' && reported.has(value);
  }

  function report(value, via, site) {
    state.sent++;
    if (reported !== null && value !== null && typeof value === 'object') reported.add(value);
    var payload = {
      document: timeOrigin,
      seq: state.sent,
      ts: Math.round(timeOrigin + performance.now()),
      url: safeString(location.href),
      via: via,
      arguments: safeTag(value) === '[object Arguments]',
      source: site,
      push: snapshot(value, [], 0)
    };
    var text;
    try { text = stringify(payload); } catch (e) {
      payload.push = { $js: 'error', message: safeString(e) };
      text = stringify(payload);
    }
    try { send(text); } catch (e) { /* the binding went away: the page is unloading */ }
  }

  // Wraps one array's push so that every call is reported once, whoever replaced push (GTM wraps it too).
  var depth = 0;
  function watch(array, via) {
    if (!isArray(array) || hasOwn.call(array, '__datalayerLintWatched')) return;
    var site = callSite();
    for (var i = 0; i < array.length; i++) {
      // A reassignment that copies the old array (dataLayer = dataLayer.concat(…)) repeats pushes already seen.
      if (!alreadyReported(array[i])) report(array[i], via, site);
    }
    var inner = array.push;
    function recordingPush() {
      if (depth === 0) {
        var here = callSite();
        for (var j = 0; j < arguments.length; j++) report(arguments[j], 'push', here);
      }
      depth++;
      try {
        return inner.apply(this, arguments);
      } finally {
        depth--;
      }
    }
    try {
      defineProperty(array, '__datalayerLintWatched', { value: true, enumerable: false });
      defineProperty(array, 'push', {
        configurable: true,
        enumerable: false,
        get: function () { return recordingPush; },
        set: function (replacement) { inner = replacement; }
      });
    } catch (e) { /* a frozen array: its pushes cannot be seen */ }
  }

  var current;
  var assignments = 0;
  try {
    defineProperty(window, 'dataLayer', {
      configurable: true,
      enumerable: true,
      get: function () { return current; },
      set: function (value) {
        current = value;
        watch(value, assignments++ === 0 ? 'initial' : 'reassign');
      }
    });
  } catch (e) { /* dataLayer already defined by something that ran first: nothing to watch */ }
})();
//# sourceURL=datalayer-lint-recorder.js
