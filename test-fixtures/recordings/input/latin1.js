window.dataLayer = window.dataLayer || [];
dataLayer.push({event: "café"});
