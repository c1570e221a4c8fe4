(function () {
  'use strict';
  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var pushes = Array.prototype.slice.call(document.querySelectorAll('.push'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.finding-group'));

  function apply() {
    var severities = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="severity"]'), function (box) {
      severities[box.value] = box.checked;
    });
    var rule = document.getElementById('rule').value;
    var suppressed = document.getElementById('show-suppressed').checked;
    var only = document.getElementById('only-findings').checked;
    var count = 0;
    findings.forEach(function (finding) {
      var visible = severities[finding.getAttribute('data-severity')] === true &&
          (rule === '' || finding.getAttribute('data-rule') === rule) &&
          (suppressed || !finding.hasAttribute('data-suppressed'));
      finding.hidden = !visible;
      if (visible) count++;
    });
    pushes.forEach(function (push) {
      push.hidden = only && push.querySelector('.finding:not([hidden])') === null;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector('.finding:not([hidden])') === null;
    });
    shown.textContent = count + ' of ' + findings.length + ' findings shown';
  }

  function select(push) {
    var recording = push.closest('.recording');
    Array.prototype.forEach.call(recording.querySelectorAll('.push.selected'), function (other) {
      other.classList.remove('selected');
      other.querySelector('.push-head').setAttribute('aria-pressed', 'false');
    });
    push.classList.add('selected');
    push.querySelector('.push-head').setAttribute('aria-pressed', 'true');
    var model = push.querySelector('.model');
    recording.querySelector('.model-title').textContent = 'GTM data model after push #' + push.getAttribute('data-push');
    recording.querySelector('.model-view').textContent = model !== null ? model.textContent : '(not kept)';
  }

  form.addEventListener('change', apply);
  document.addEventListener('click', function (event) {
    var head = event.target.closest('.push-head');
    if (head !== null) select(head.closest('.push'));
  });
  Array.prototype.forEach.call(document.querySelectorAll('.recording'), function (recording) {
    var first = recording.querySelector('.push .finding');
    var push = first !== null ? first.closest('.push') : recording.querySelector('.push');
    if (push !== null) select(push);
  });
  apply();
})();
