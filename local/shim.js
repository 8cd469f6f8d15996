// google.script.run for the preview: the same chaining and the same rules as Apps Script.
// Arguments may hold only primitives, arrays and plain objects (a <form> element is the one
// DOM node allowed); a Date, a function or any other DOM node fails at the call, as it does
// there. Calls are asynchronous; handlers get the value and the user object.
(function () {
  var ENDPOINTS = /*ENDPOINTS*/ [];
  function illegal(v, path) {
    if (v === null || v === undefined) return null;
    var t = typeof v;
    if (t === 'function') return path;
    if (t !== 'object') return null;
    if (Object.prototype.toString.call(v) === '[object Date]') return path;
    if (typeof Node !== 'undefined' && v instanceof Node) return v.tagName === 'FORM' ? null : path;
    for (var k in v) {
      var bad = illegal(v[k], k);
      if (bad !== null) return bad;
    }
    return null;
  }
  function formData(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (el.name) out[el.name] = el.value;
    }
    return out;
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) {
        return runner(f, failure, userObject);
      },
      withFailureHandler: function (f) {
        return runner(success, f, userObject);
      },
      withUserObject: function (o) {
        return runner(success, failure, o);
      },
    };
    ENDPOINTS.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        for (var i = 0; i < args.length; i++) {
          var bad = illegal(args[i], String(i));
          if (bad !== null) throw new Error('Failed due to illegal value in property: ' + bad);
          if (args[i] && args[i].tagName === 'FORM') args[i] = formData(args[i]);
        }
        fetch('/api/run/' + name, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ args: args }),
        })
          .then(function (res) {
            return res.json();
          })
          .then(
            function (res) {
              parent.postMessage('sheetcare:changed', '*');
              if (res.ok) {
                if (success) success(res.value, userObject);
              } else {
                var e = new Error(res.message);
                if (failure) failure(e, userObject);
                else console.error(e);
              }
            },
            function (e) {
              if (failure)
                failure(new Error('The preview server did not answer: ' + e.message), userObject);
            },
          );
      };
    });
    return r;
  }
  window.google = {
    script: {
      get run() {
        return runner();
      },
      host: {
        close: function () {
          parent.postMessage('sheetcare:close', '*');
        },
        editor: { focus: function () {} },
      },
    },
  };
})();
