'use strict';
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { JSDOM } = require('jsdom');
const L = require('../src/logic.js');

L.useMessages(require('../_locales/en/messages.json'));

test('server URLs are checked and tidied', () => {
  assert.equal(L.normaliseServerUrl(' http://127.0.0.1:8000/ '), 'http://127.0.0.1:8000');
  assert.equal(L.normaliseServerUrl('https://precis.example.org/base/'), 'https://precis.example.org/base');
  assert.throws(() => L.normaliseServerUrl('ftp://example.org'), /http:\/\/ or https:\/\//);
  assert.throws(() => L.normaliseServerUrl('not a url'), /not a valid URL/);
  assert.throws(() => L.normaliseServerUrl('https://user:pw@example.org'), /token in its own field/);
  assert.equal(L.permissionPattern('http://127.0.0.1:8000'), 'http://127.0.0.1/*');
});

test('settings fall back to defaults for missing or wrong values', () => {
  assert.deepEqual(L.settingsFrom(undefined), { ...L.DEFAULT_SETTINGS });
  const s = L.settingsFrom({ serverUrl: 'http://h:1', token: ' t ', sentences: '5', algorithm: 'nope' });
  assert.deepEqual(s, { serverUrl: 'http://h:1', token: 't', sentences: 5, algorithm: 'precis', extraction: 'server' });
  assert.equal(L.settingsFrom({ sentences: 99 }).sentences, 0);
});

test('the request carries text, hints and the token, and nothing the API does not know', () => {
  const page = { text: 'Some text.', title: 'T', url: 'https://news.example/a', lang: 'de-CH' };
  const { url, init } = L.buildRequest(page, { ...L.DEFAULT_SETTINGS, token: 'abc', sentences: 3 });
  assert.equal(url, 'http://127.0.0.1:8000/api/v1/summarize');
  assert.equal(init.headers.Authorization, 'Bearer abc');
  assert.deepEqual(JSON.parse(init.body), {
    algorithm: 'precis', text: 'Some text.', title: 'T', url: 'https://news.example/a', language_hint: 'de', sentences: 3,
  });
  const html = JSON.parse(L.buildRequest({ html: '<p>x</p>', lang: '' }, L.DEFAULT_SETTINGS).init.body);
  assert.deepEqual(html, { algorithm: 'precis', html: '<p>x</p>' });
  assert.equal(L.buildRequest(page, L.DEFAULT_SETTINGS).init.headers.Authorization, undefined);
});

test('language hints and right-to-left scripts', () => {
  assert.equal(L.languageHint('en-US'), 'en');
  assert.equal(L.languageHint('x'), '');
  assert.equal(L.languageHint('<script>'), '');
  assert.ok(L.isRtl('ar'));
  assert.ok(L.isRtl('he-IL'));
  assert.ok(!L.isRtl('de'));
});

test('error messages say what happened and what to do', () => {
  assert.match(L.errorMessage({ status: 0, serverUrl: 'http://x:1' }), /Cannot reach .* http:\/\/x:1.*options/);
  assert.match(L.errorMessage({ status: 401 }), /token/);
  assert.match(L.errorMessage({ status: 429, retryAfter: '7' }), /7 seconds/);
  assert.match(L.errorMessage({ status: 422 }), /no text/);
  assert.match(L.errorMessage({ status: 500, body: { error: { message: 'boom' } } }), /500: boom/);
});

test('reading time saved is the article minus the summary, never negative', () => {
  const result = { stats: { reading_time_seconds: 153 }, summary: [{ text: 'one two three four five six' }] };
  assert.equal(L.readingTimeSaved(result), 151);
  assert.equal(L.readingTimeSaved({ stats: { reading_time_seconds: 1 }, summary: [{ text: 'a '.repeat(100) }] }), 0);
  assert.equal(L.formatDuration(42), '42 s');
  assert.equal(L.formatDuration(151), '3 min');
});

test('copy text lists the summary and the actors', () => {
  const text = L.summaryAsText({ summary: [{ text: 'A.' }, { text: 'B.' }], actors: [{ name: 'Putin', type: 'person' }] }, 'Title');
  assert.equal(text, 'Title\n\n• A.\n• B.\n\nKey actors: Putin (person)');
});

test('blocks keep paragraphs apart where textContent glues them', () => {
  const { document } = new JSDOM(
    '<div><h2>Treffen</h2><p>Er sagte es.<br>Dann ging er.</p><p>Die USA <b>glauben</b> es.</p>lose <i>Text</i><script>x()</script></div>',
  ).window;
  assert.equal(document.body.textContent.includes('TreffenEr'), true); // the trap
  assert.deepEqual(L.blocksFromNode(document.body), ['Treffen', 'Er sagte es.\nDann ging er.', 'Die USA glauben es.', 'lose Text']);
  assert.equal(L.textFromBlocks(['a', 'b']), 'a\n\nb');
});

test('the text index finds strings across nodes and white space', () => {
  const index = L.buildTextIndex(['Carl ', 'Schuster', ' sagte:\n  "Kim', ' braucht Geld."', 'Schuster2']);
  assert.deepEqual(L.findAll(index, 'Carl Schuster'), [[0, 0, 1, 8]]);
  assert.deepEqual(L.findAll(index, 'sagte: "Kim braucht'), [[2, 1, 3, 8]]);
  assert.equal(L.findAll(index, 'Schuster').length, 2);
  assert.equal(L.findAll(index, 'Schuster', { wholeWord: true }).length, 1);
  assert.deepEqual(L.findAll(index, '   '), []);
});

test('sentences are found across links, emphasis, drop caps, <br>, soft hyphens and no-break spaces', () => {
  // What a page looks like to the index, and the sentence as the server extracted it (issue 19, item 1).
  const cases = [
    ['<p><a href="#">Robert Mugabe</a>, his wife, left.</p>', 'Robert Mugabe, his wife, left.'],
    ['<p><span class="dropcap">W</span>hale songs carry far.</p>', 'Whale songs carry far.'],
    ['<p>Er sagte es.<br>Dann ging er.</p>', 'Er sagte es. Dann ging er.'],
    ['<p>Die Bundes\u00adregierung <em>will</em> mehr.</p>', 'Die Bundesregierung will mehr.'],
    ['<p>Am 3.\u00a0März sagte er \u201eNein\u201c.</p>', 'Am 3. März sagte er "Nein".'],
    ['<p>Il a dit : \u00ab\u00a0non\u00a0\u00bb \u2013 puis<b>\n</b>il est parti.</p>', 'Il a dit : « non » - puis il est parti.'],
  ];
  for (const [html, sentence] of cases) {
    const { document } = new JSDOM(`<body><div>Before.</div>${html}<div>After.</div></body>`).window;
    const { nodes, breaks } = L.textNodesOf(document.body);
    const index = L.buildTextIndex(nodes.map((n) => n.nodeValue), breaks);
    const hit = L.findSentence(index, sentence);
    assert.ok(hit, `not found: ${sentence}`);
    const range = document.createRange();
    range.setStart(nodes[hit[0]], hit[1]);
    range.setEnd(nodes[hit[2]], hit[3]);
    assert.equal(L.dense(range.toString()), L.dense(sentence), `only part found of: ${sentence}`);
  }
});

test('whole-word search keeps word edges at paragraph boundaries, not inside inline markup', () => {
  const { document } = new JSDOM('<body><p>Berlin</p><p>Paris und <b>Ber</b>liner Luft, Berlin<i>s</i> Mitte.</p></body>').window;
  const skipped = new JSDOM('<body><p>Berlin</p><precis-overlay>Berlin</precis-overlay></body>').window.document;
  const { nodes, breaks } = L.textNodesOf(document.body);
  const index = L.buildTextIndex(nodes.map((n) => n.nodeValue), breaks);
  assert.equal(L.findAll(index, 'Berlin', { wholeWord: true }).length, 1); // not "Berliner", not "Berlins"
  assert.equal(L.findAll(index, 'Paris', { wholeWord: true }).length, 1); // "Berlin" + "Paris" are two words
  const own = L.textNodesOf(skipped.body, (el) => el.localName === 'precis-overlay');
  assert.equal(own.nodes.length, 1);
});

test('a sentence is found even when its end differs a little', () => {
  const sentence = 'Die USA glauben auch, dass es in naher Zukunft ein Treffen zwischen Putin und Kim geben könnte.';
  const index = L.buildTextIndex(['Vorher. ', sentence.replace('könnte.', 'könnte!'), ' Danach.']);
  const hit = L.findSentence(index, sentence);
  assert.ok(hit, 'not found');
  assert.equal(hit[0], 1);
  assert.equal(L.findSentence(index, 'Ganz etwas anderes, das im Text nirgends vorkommt, gar nicht.'), null);
});

test('actor surfaces come from the mentions, longest first', () => {
  const text = 'Kim Jong Un traf Putin. Kim lachte.';
  const actor = { name: 'Kim Jong Un', aliases: ['Kim'], mentions_at: [[0, 11], [24, 27]] };
  assert.deepEqual(L.actorSurfaces(actor, text), ['Kim Jong Un', 'Kim']);
  assert.deepEqual(L.actorSurfaces({ name: 'UN', aliases: [], mentions_at: [] }, text), ['UN']);
});

test('plain http:// beyond this machine is flagged; loopback and https are not', () => {
  for (const url of ['http://precis.example.org', 'http://192.168.1.20:8000', 'http://127.0.0.1.example.org']) {
    assert.equal(L.isUnencryptedRemote(url), true, url);
  }
  for (const url of ['http://127.0.0.1:8000', 'http://localhost:8000', 'http://[::1]:8000', 'https://precis.example.org']) {
    assert.equal(L.isUnencryptedRemote(url), false, url);
  }
});

test('the request carries the page address without query or fragment as extract gives it', () => {
  const { init } = L.buildRequest({ html: '<p>x</p>', url: 'https://news.example/story', title: 'T' }, L.settingsFrom({}));
  assert.equal(JSON.parse(init.body).url, 'https://news.example/story');
});

test('"Summarise anyway" asks the server to summarise a front page too; its refusal is explained', () => {
  const anyway = JSON.parse(L.buildRequest({ html: '<p>x</p>', anyway: true }, L.DEFAULT_SETTINGS).init.body);
  assert.equal(anyway.require_article, false);
  const normal = JSON.parse(L.buildRequest({ html: '<p>x</p>' }, L.DEFAULT_SETTINGS).init.body);
  assert.equal(normal.require_article, undefined);
  const message = L.errorMessage({ status: 422, body: { error: { code: 'not_an_article', message: 'x' } } });
  assert.match(message, /front page/);
  assert.match(L.errorMessage({ status: 422, body: { error: { code: 'no_usable_text' } } }), /no text/);
});

test('a server address is completed and trimmed the way people paste it', () => {
  assert.equal(L.normaliseServerUrl('127.0.0.1:8000'), 'http://127.0.0.1:8000');
  assert.equal(L.normaliseServerUrl('localhost:8000/'), 'http://localhost:8000');
  assert.equal(L.normaliseServerUrl('precis.example.org'), 'https://precis.example.org');
  assert.equal(L.normaliseServerUrl('https://precis.example.org/api/v1'), 'https://precis.example.org');
  assert.equal(L.normaliseServerUrl('http://127.0.0.1:8000/api/v1/health'), 'http://127.0.0.1:8000');
  assert.equal(L.normaliseServerUrl('https://example.org/tools/precis/'), 'https://example.org/tools/precis');
});

test('"Test connection" checks the token for real and tells a foreign server apart', () => {
  const serverUrl = 'http://127.0.0.1:8000';
  const health = { status: 200, body: { status: 'ok', version: '0.1.0' } };
  const result = (probe, token = 'secret-token-123456', h = health) => L.connectionMessage({ health: h, probe, serverUrl, token });
  const say = (...args) => result(...args).text;
  assert.match(say({ status: 200 }), /^Connected: Précis 0\.1\.0 .*token is accepted/);
  assert.equal(result({ status: 200 }).ok, true);
  assert.equal(result({ status: 401 }).ok, false);
  assert.match(say({ status: 200 }, ''), /No token is needed/);
  assert.match(say({ status: 401 }), /refused the API token/);
  assert.match(say({ status: 401 }, ''), /needs an API token/);
  assert.match(say({ status: 200 }, '', { status: 404, body: null }), /not a Précis server/);
  assert.match(say({ status: 200 }, '', { status: 200, body: { hello: 'world' } }), /not a Précis server/);
  assert.match(say({ status: 0 }, '', undefined), /Cannot reach/);
  assert.match(say({ status: 429, body: null }), /Too many requests/);
});

test('a front page is its site root or index file without article markup, as the server decides', () => {
  const front = (pathname, extra = {}) => L.isFrontPage({ pathname, search: '', ...extra });
  for (const path of ['/', '', '/index.html', '/home', '/start/', '/default.aspx']) assert.equal(front(path), true, path);
  for (const path of ['/politik/2024/putin-kim.html', '/a/123', '/news/']) assert.equal(front(path), false, path);
  assert.equal(L.isFrontPage({ pathname: '/', search: '?p=3289' }), false); // a post on a blog's root
  assert.equal(front('/', { ogType: 'article' }), false);
  assert.equal(front('/', { jsonLd: '{"@context":"https://schema.org","@type":"NewsArticle"}' }), false);
  assert.equal(front('/', { jsonLd: '{"@type":"WebSite"}' }), true);
});
