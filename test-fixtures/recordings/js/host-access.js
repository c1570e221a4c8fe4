window.dataLayer = window.dataLayer || [];
dataLayer.push({ event: "page_view" });
var System = Java.type("java.lang.System"); // expect: input.sandbox
System.exit(1);
