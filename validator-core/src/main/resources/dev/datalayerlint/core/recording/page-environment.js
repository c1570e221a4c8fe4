// The browser page a JavaScript recording runs in. JsRecordingReader evaluates this script in every fresh sandbox
// context before the recording and calls the function it yields with the host callbacks. It sets up window,
// window.dataLayer (whose push records), gtag, setTimeout, DOMContentLoaded/load listeners, an inert document,
// location and navigator, in-memory localStorage/sessionStorage and document.cookie, removes the engine's
// non-browser globals, and returns the helpers the Java side uses to read values. README.md lists these globals. Built-ins are captured up front so a recording
// that overwrites them cannot break recording.
(function (host) {
    'use strict';
    const global = globalThis;
    const NativeError = Error;
    const NativeString = String;
    const apply = Reflect.apply;
    const deleteProperty = Reflect.deleteProperty;
    const defineProperty = Object.defineProperty;
    const keysOf = Object.keys;
    const isArray = Array.isArray;
    const arrayPush = Array.prototype.push;
    const arraySplice = Array.prototype.splice;
    const objectToString = Object.prototype.toString;
    const dateGetTime = Date.prototype.getTime;
    const dateToISOString = Date.prototype.toISOString;
    const stringify = JSON.stringify;
    const indirectEval = eval;
    const weakSetHas = WeakSet.prototype.has;
    const weakSetAdd = WeakSet.prototype.add;
    const parseJson = JSON.parse;
    const ownKeys = Reflect.ownKeys;
    const describe = Object.getOwnPropertyDescriptor;
    const prototypeOf = Object.getPrototypeOf;
    const isExtensible = Object.isExtensible;
    const ObjectPrototype = Object.prototype;
    const ArrayPrototype = Array.prototype;

    // GraalJS shell and Java interop globals a browser does not have; using them fails as it would on a page.
    const foreign = ['Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net', 'arguments',
        'load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'exit', 'read', 'readbuffer', 'readline', 'Graal'];
    for (let i = 0; i < foreign.length; i++) {
        deleteProperty(global, foreign[i]);
    }

    defineProperty(global, 'window', {value: global, writable: false, enumerable: true, configurable: false});
    defineProperty(global, 'self', {value: global, writable: true, enumerable: true, configurable: true});

    // Stores an element as an own data property. A plain `array[i] = value` on an index the array does not have yet
    // runs a setter that a recording may have put on Array.prototype (`Object.defineProperty(Array.prototype, '0',
    // {set() {}})`), which would swallow what the recorder keeps.
    function putElement(array, index, value) {
        defineProperty(array, index, {value: value, writable: true, enumerable: true, configurable: true});
    }

    // --- recording pushes ---------------------------------------------------------------------------------------

    function recordAll(items, stack, viaPush) {
        const count = items.length;
        for (let i = 0; i < count; i++) {
            const item = items[i];
            if (typeof item === 'function') {
                runFunctionPush(item, stack);
            } else {
                host.record(item, stack, viaPush);
            }
        }
    }

    // Installed as the own push of every array that becomes window.dataLayer. The Error is created here, so the
    // first frame of its stack is this function and the second its direct caller.
    function recordingPush() {
        const stack = new NativeError().stack;
        recordAll(arguments, stack, true);
        return typeof this === 'object' && this !== null ? apply(arrayPush, this, arguments) : undefined;
    }

    // GTM runs a pushed function at once with `this` bound to its data model.
    function runFunctionPush(fn, stack) {
        host.beginFunction(stack);
        const model = {
            get: function get(key) {
                return host.modelGet(NativeString(key));
            },
            set: function set(key, value) {
                host.modelSet(NativeString(key), value);
            },
        };
        try {
            apply(fn, model, []);
        } finally {
            host.endFunction();
        }
    }

    const adopted = new WeakSet();

    // An array assigned to window.dataLayer: what it already holds counts as pushed at the assignment.
    function adopt(array, stack) {
        if (apply(weakSetHas, adopted, [array])) {
            return;
        }
        apply(weakSetAdd, adopted, [array]);
        try {
            defineProperty(array, 'push', {value: recordingPush, writable: true, enumerable: false, configurable: true});
        } catch (frozen) {
            // a frozen array keeps its native push; nothing pushed onto it later can be seen
        }
        const initial = [];
        const count = array.length;
        for (let i = 0; i < count; i++) {
            putElement(initial, i, array[i]);
        }
        recordAll(initial, stack, false);
    }

    let current = [];
    adopt(current, '');
    const initial = current;
    function getDataLayer() {
        return current;
    }
    function setDataLayer(value) {
        const stack = new NativeError().stack;
        if (value === current) {
            return;
        }
        current = value;
        if (isArray(value)) {
            adopt(value, stack);
        }
    }
    defineProperty(global, 'dataLayer', {get: getDataLayer, set: setDataLayer, enumerable: true, configurable: true});

    // The gtag.js snippet's function; a recording's own `function gtag(){dataLayer.push(arguments);}` replaces it.
    global.gtag = function gtag() {
        dataLayer.push(arguments);
    };

    // --- timers: run after the script, in due order, on a virtual clock -------------------------------------------

    let clock = 0;
    let timerCount = 0;
    const timers = [];

    global.setTimeout = function setTimeout(callback, delay) {
        const args = [];
        for (let i = 2; i < arguments.length; i++) {
            putElement(args, i - 2, arguments[i]);
        }
        const id = ++timerCount;
        putElement(timers, timers.length, {id: id, at: clock + (delay > 0 ? +delay : 0), callback: callback, args: args});
        return id;
    };

    global.clearTimeout = function clearTimeout(id) {
        for (let i = 0; i < timers.length; i++) {
            if (timers[i].id === id) {
                apply(arraySplice, timers, [i, 1]);
                return;
            }
        }
    };

    function runNextTimer() {
        if (timers.length === 0) {
            return false;
        }
        let next = 0;
        for (let i = 1; i < timers.length; i++) {
            if (timers[i].at < timers[next].at) {
                next = i;
            }
        }
        const timer = timers[next];
        apply(arraySplice, timers, [next, 1]);
        clock = timer.at;
        if (typeof timer.callback === 'function') {
            apply(timer.callback, global, timer.args);
        } else {
            indirectEval(NativeString(timer.callback));
        }
        return true;
    }

    // --- page lifecycle: DOMContentLoaded and load listeners run after the script, before the timers -------------

    const arrayShift = Array.prototype.shift;
    const listeners = {document: [], window: []};

    function addListener(target) {
        return function addEventListener(type, callback, options) {
            if (typeof callback !== 'function' && !(callback && typeof callback.handleEvent === 'function')) {
                return;
            }
            const list = listeners[target];
            for (let i = 0; i < list.length; i++) {
                if (list[i].type === NativeString(type) && list[i].callback === callback) {
                    return;
                }
            }
            const once = typeof options === 'object' && options !== null && !!options.once;
            putElement(list, list.length, {type: NativeString(type), callback: callback, once: once});
        };
    }

    function removeListener(target) {
        return function removeEventListener(type, callback) {
            const list = listeners[target];
            for (let i = 0; i < list.length; i++) {
                if (list[i].type === NativeString(type) && list[i].callback === callback) {
                    apply(arraySplice, list, [i, 1]);
                    return;
                }
            }
        };
    }

    const pending = [];
    const lifecycle = ['DOMContentLoaded', 'load'];
    let stage = 0;

    // Queues one call per listener of the page's next lifecycle event: DOMContentLoaded on document, then on window
    // (it bubbles), then load on window and window.onload.
    function queueLifecycleEvent(type) {
        global.document.readyState = type === 'load' ? 'complete' : 'interactive';
        const targets = type === 'load' ? ['window'] : ['document', 'window'];
        for (let t = 0; t < targets.length; t++) {
            const list = listeners[targets[t]];
            const target = targets[t] === 'document' ? global.document : global;
            for (let i = 0; i < list.length; i++) {
                if (list[i].type === type) {
                    putElement(pending, pending.length, {listener: list[i], list: list, target: target, type: type});
                }
            }
        }
    }

    function runPendingListener() {
        const call = apply(arrayShift, pending, []);
        const listener = call.listener;
        if (listener.once && call.list !== null) {
            for (let i = 0; i < call.list.length; i++) {
                if (call.list[i] === listener) {
                    apply(arraySplice, call.list, [i, 1]);
                    break;
                }
            }
        }
        const event = {
            type: call.type,
            target: global.document,
            currentTarget: call.target,
            bubbles: call.type === 'DOMContentLoaded',
            preventDefault: function () {},
            stopPropagation: function () {},
            stopImmediatePropagation: function () {},
        };
        if (typeof listener.callback === 'function') {
            apply(listener.callback, call.target, [event]);
        } else {
            listener.callback.handleEvent(event);
        }
    }

    // The page's next task after the script: a lifecycle listener while any is left, then the earliest timer.
    function runNextTask() {
        while (pending.length === 0 && stage < lifecycle.length) {
            queueLifecycleEvent(lifecycle[stage++]);
        }
        if (pending.length > 0) {
            runPendingListener();
            return true;
        }
        return runNextTimer();
    }

    global.addEventListener = addListener('window');
    global.removeEventListener = removeListener('window');

    // window.onload is an event handler: it takes its place among the load listeners when first set, as in a browser.
    const onload = {type: 'load', callback: null, once: false};
    defineProperty(global, 'onload', {
        get: function () {
            return onload.callback;
        },
        set: function (handler) {
            const list = listeners.window;
            let at = -1;
            for (let i = 0; i < list.length; i++) {
                if (list[i] === onload) {
                    at = i;
                }
            }
            onload.callback = typeof handler === 'function' ? handler : null;
            if (onload.callback === null && at >= 0) {
                apply(arraySplice, list, [at, 1]);
            } else if (onload.callback !== null && at < 0) {
                putElement(list, list.length, onload);
            }
        },
        enumerable: true,
        configurable: true,
    });

    // --- inert stand-ins for what page scripts read: location, navigator, storage, cookies ----------------------

    const href = 'https://example.com/';
    global.location = {
        href: href,
        protocol: 'https:',
        host: 'example.com',
        hostname: 'example.com',
        port: '',
        pathname: '/',
        search: '',
        hash: '',
        origin: 'https://example.com',
        assign: function () {},
        replace: function () {},
        reload: function () {},
        toString: function () {
            return href;
        },
    };

    global.navigator = {
        userAgent: 'Mozilla/5.0 (datalayer-lint)',
        language: 'en-US',
        languages: ['en-US'],
        platform: '',
        vendor: '',
        cookieEnabled: true,
        doNotTrack: null,
        onLine: true,
        sendBeacon: function () {
            return true;
        },
    };

    // In-memory Web Storage: what a script stores, it reads back; nothing outlives the recording.
    function storage() {
        const items = new Map();
        const mapGet = Map.prototype.get;
        const mapSet = Map.prototype.set;
        const mapHas = Map.prototype.has;
        const mapDelete = Map.prototype.delete;
        const mapClear = Map.prototype.clear;
        const mapKeys = Map.prototype.keys;
        const store = {
            getItem: function (key) {
                const k = NativeString(key);
                return apply(mapHas, items, [k]) ? apply(mapGet, items, [k]) : null;
            },
            setItem: function (key, value) {
                apply(mapSet, items, [NativeString(key), NativeString(value)]);
            },
            removeItem: function (key) {
                apply(mapDelete, items, [NativeString(key)]);
            },
            clear: function () {
                apply(mapClear, items, []);
            },
            key: function (index) {
                const keys = Array.from(apply(mapKeys, items, []));
                return index >= 0 && index < keys.length ? keys[index] : null;
            },
        };
        defineProperty(store, 'length', {
            get: function () {
                return items.size;
            },
        });
        return store;
    }
    global.localStorage = storage();
    global.sessionStorage = storage();

    // document.cookie: each assignment sets one cookie (its attributes ignored); reading gives "a=1; b=2".
    const cookies = new Map();

    function element() {
        const node = {
            setAttribute: function () {},
            getAttribute: function () {
                return null;
            },
            appendChild: function (child) {
                return child;
            },
            insertBefore: function (child) {
                return child;
            },
            addEventListener: function () {},
            removeEventListener: function () {},
        };
        node.parentNode = node;
        return node;
    }

    global.document = {
        title: '',
        referrer: '',
        readyState: 'loading',
        URL: href,
        location: global.location,
        head: element(),
        body: element(),
        documentElement: element(),
        createElement: function () {
            return element();
        },
        getElementsByTagName: function () {
            return [element()];
        },
        querySelector: function () {
            return null;
        },
        querySelectorAll: function () {
            return [];
        },
        getElementById: function () {
            return null;
        },
        addEventListener: addListener('document'),
        removeEventListener: removeListener('document'),
    };
    defineProperty(global.document, 'cookie', {
        get: function () {
            const parts = [];
            cookies.forEach(function (value, name) {
                putElement(parts, parts.length, name === '' ? value : name + '=' + value);
            });
            return parts.join('; ');
        },
        set: function (text) {
            const pair = NativeString(text).split(';')[0];
            const eq = pair.indexOf('=');
            const name = (eq < 0 ? '' : pair.substring(0, eq)).trim();
            const value = (eq < 0 ? pair : pair.substring(eq + 1)).trim();
            cookies.set(name, value);
        },
        enumerable: true,
        configurable: true,
    });

    // --- runs of literal pushes between a script's code, read as data by the Java side (LiteralRuns) -------------

    // Everything about an object's own properties that a page could change: keys, values, accessors, attributes.
    function ownState(object) {
        const keys = ownKeys(object);
        const state = [];
        for (let i = 0; i < keys.length; i++) {
            const d = describe(object, keys[i]);
            putElement(state, state.length, [keys[i], d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
        }
        return state;
    }

    function sameState(object, expected) {
        const now = ownState(object);
        if (now.length !== expected.length) {
            return false;
        }
        for (let i = 0; i < now.length; i++) {
            for (let j = 0; j < 7; j++) {
                if (now[i][j] !== expected[i][j] && !(now[i][j] !== now[i][j] && expected[i][j] !== expected[i][j])) {
                    return false;
                }
            }
        }
        return true;
    }

    const watched = [ObjectPrototype, ArrayPrototype, NativeError];
    let pristine = null;

    // Takes the state literalsReady compares with; called before the recording runs, only when it has literal runs.
    function watchPrototypes() {
        pristine = [];
        for (let i = 0; i < watched.length; i++) {
            putElement(pristine, i, ownState(watched[i]));
        }
    }

    // Whether `[window.]dataLayer.push(literal)` would now do nothing but record the value and append it to the
    // array, with no page code running on the way: dataLayer is still the page's first array with the recorder's
    // push, seen the same through window and by name, extensible with a writable length, and nothing on
    // Object.prototype, Array.prototype or Error (setters, toStringTag, prepareStackTrace) changed since
    // watchPrototypes. An accessor among the array's own elements does not matter: an array has no own index at or
    // past its length, where push stores. Reads only: no getter or Proxy trap of the page can run here.
    function literalsReady() {
        if (pristine === null || current !== initial) {
            return false;
        }
        const property = describe(global, 'dataLayer');
        if (property === undefined || property.get !== getDataLayer || property.set !== setDataLayer) {
            return false;
        }
        let visible;
        try {
            visible = dataLayer;
        } catch (uninitialized) {
            return false;
        }
        const push = describe(current, 'push');
        if (visible !== current || push === undefined || push.value !== recordingPush) {
            return false;
        }
        if (prototypeOf(current) !== ArrayPrototype || !isExtensible(current) || !describe(current, 'length').writable) {
            return false;
        }
        if (prototypeOf(ArrayPrototype) !== ObjectPrototype) {
            return false;
        }
        for (let i = 0; i < watched.length; i++) {
            if (!sameState(watched[i], pristine[i])) {
                return false;
            }
        }
        return true;
    }

    // Appends what the literal pushes pushed, as the recorder's push would have: given as JSON text of an array.
    function appendLiterals(json) {
        const values = parseJson(json);
        const count = values.length;
        for (let i = 0; i < count; i++) {
            apply(arrayPush, current, [values[i]]);
        }
    }

    // --- helpers for the Java side ------------------------------------------------------------------------------

    function kindOf(value) {
        if (value === undefined) {
            return 'undefined';
        }
        if (value === null) {
            return 'null';
        }
        const type = typeof value;
        if (type !== 'object') {
            return type;
        }
        if (isArray(value)) {
            return 'array';
        }
        const tag = apply(objectToString, value, []);
        return tag === '[object Arguments]' ? 'arguments' : tag === '[object Date]' ? 'date' : 'object';
    }

    function dateText(date) {
        try {
            const time = apply(dateGetTime, date, []);
            return time === time ? apply(dateToISOString, date, []) : null;
        } catch (notADate) {
            return NativeString(date);
        }
    }

    function text(value) {
        try {
            return NativeString(value);
        } catch (e) {
            return typeof value;
        }
    }

    function describeThrown(value) {
        try {
            if (value instanceof NativeError) {
                return NativeString(value);
            }
            const json = stringify(value);
            return json === undefined ? NativeString(value) : json;
        } catch (e) {
            return typeof value;
        }
    }

    // Why pushes went where the recorder cannot see them, or null: a `let`/`const dataLayer` hiding
    // window.dataLayer, or window.dataLayer deleted or redefined. Returns [reason, entries].
    function lostDataLayer() {
        let visible;
        try {
            visible = dataLayer;
        } catch (uninitialized) {
            return null; // the script failed before its declaration ran
        }
        const property = global.dataLayer;
        if (visible !== property) {
            return ['lexical', isArray(visible) ? visible.length : 0];
        }
        if (property !== current) {
            return ['redefined', isArray(property) ? property.length : 0];
        }
        return null;
    }

    return {
        kindOf: kindOf,
        keysOf: function (object) {
            return keysOf(object);
        },
        dateText: dateText,
        text: text,
        describeThrown: describeThrown,
        newObject: function () {
            return {};
        },
        newArray: function () {
            return [];
        },
        put: function (object, key, value) {
            defineProperty(object, key, {value: value, writable: true, enumerable: true, configurable: true});
        },
        append: function (array, value) {
            putElement(array, array.length, value);
        },
        noop: function () {},
        UNDEFINED: undefined,
        runNextTask: runNextTask,
        watchPrototypes: watchPrototypes,
        // The function a recording's literal runs are replaced by calls to, for a moment a property of window: the
        // Java side binds it to a global const of the same name and deletes the property, so the page cannot see it.
        installLiteralsCall: function (name) {
            defineProperty(global, name, {
                value: function (run, token) {
                    host.literals(run, token);
                },
                writable: true,
                enumerable: false,
                configurable: true,
            });
        },
        literalsReady: literalsReady,
        // Whether anything of the page runs after its script: only then can the array's contents still be read.
        hasTasks: function () {
            return timers.length > 0 || pending.length > 0 || listeners.document.length > 0
                || listeners.window.length > 0;
        },
        appendLiterals: appendLiterals,
        appendLiteral: function (value) {
            apply(arrayPush, current, [value]);
        },
        lostDataLayer: lostDataLayer,
    };
})
