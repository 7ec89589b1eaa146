/* Précis options: stored with chrome.storage.local (the token stays on this device, never synced). */
/* global PrecisLogic */
'use strict';

const form = document.getElementById('options');
const status = document.getElementById('status');

function say(text, ok) {
  status.textContent = text;
  status.className = ok ? 'ok' : 'bad';
}

/** The form's settings, or null after saying what is wrong with them. */
function readForm() {
  try {
    return formSettings();
  } catch (err) {
    say(err.message, false);
    return null;
  }
}

function formSettings() {
  return PrecisLogic.settingsFrom({
    serverUrl: PrecisLogic.normaliseServerUrl(form.serverUrl.value),
    token: form.token.value,
    sentences: Number(form.sentences.value),
    algorithm: form.algorithm.value,
    extraction: form.extraction.value,
  });
}

const SENTENCE_CHOICES = [0, 1, 2, 3, 4, 5, 7, 10];

function option(value, text) {
  const node = document.createElement('option');
  node.value = String(value);
  node.textContent = text;
  return node;
}

/** The page in the browser's language: every [data-i18n] element gets its message as text. */
function translate() {
  document.documentElement.lang = PrecisLogic.uiLanguage();
  document.documentElement.dir = PrecisLogic.isRtl(PrecisLogic.uiLanguage()) ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = PrecisLogic.t(node.dataset.i18n);
  for (const n of SENTENCE_CHOICES) {
    const text = n === 0 ? PrecisLogic.t('lengthAuto') : n === 1 ? PrecisLogic.t('lengthOne') : PrecisLogic.t('lengthMany', n);
    form.sentences.append(option(n, text));
  }
  for (const name of PrecisLogic.ALGORITHMS) {
    form.algorithm.append(option(name, name === 'precis' ? PrecisLogic.t('algorithmDefault', name) : name));
  }
}

/** The shortcut the browser has for the toolbar action now (the person may have changed it). */
async function showShortcut() {
  const commands = chrome.commands && chrome.commands.getAll ? await chrome.commands.getAll() : [];
  const action = commands.find((c) => c.name === '_execute_action');
  document.getElementById('shortcut').textContent = (action && action.shortcut) || PrecisLogic.t('shortcutNone');
}

async function load() {
  translate();
  showShortcut();
  const settings = PrecisLogic.settingsFrom(await chrome.storage.local.get(null));
  form.serverUrl.value = settings.serverUrl;
  form.token.value = settings.token;
  form.sentences.value = String(settings.sentences);
  form.algorithm.value = settings.algorithm;
  form.extraction.value = settings.extraction;
}

/** Ask for access to this server only (the click is the user gesture the browser requires). */
async function requestAccess(serverUrl) {
  const origins = [PrecisLogic.permissionPattern(serverUrl)];
  if (await chrome.permissions.contains({ origins })) return true;
  return chrome.permissions.request({ origins });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const settings = readForm();
  if (!settings) return;
  // The server's CORS rules already admit extension origins; the permission spares the preflight and
  // works with servers that allow fewer origins.
  const granted = await requestAccess(settings.serverUrl).catch(() => false);
  await chrome.storage.local.set(settings);
  if (PrecisLogic.isUnencryptedRemote(settings.serverUrl)) {
    say(PrecisLogic.t('savedUnencrypted'), false);
    return;
  }
  say(PrecisLogic.t(granted ? 'saved' : 'savedNoAccess'), true);
});

document.getElementById('test').addEventListener('click', async () => {
  const settings = readForm();
  if (!settings) return;
  say(PrecisLogic.t('testing'), true);
  const answer = async (response) => ({ status: response.status, body: await response.json().catch(() => null) });
  let health;
  let probe = { status: 0 };
  try {
    health = await answer(await fetch(`${settings.serverUrl}/api/v1/health`));
    // The health check is open to all; one short summary with the token is what tells a wrong token.
    const request = PrecisLogic.buildRequest({ text: 'Précis checks the connection and the token with this sentence.' }, settings);
    const body = { ...JSON.parse(request.init.body), actors: false };
    probe = await answer(await fetch(request.url, { ...request.init, body: JSON.stringify(body) }));
  } catch {
    // health stays undefined when the server cannot be reached at all
  }
  const found = PrecisLogic.connectionMessage({ health, probe, serverUrl: settings.serverUrl, token: settings.token });
  say(found.text, found.ok);
});

load();
