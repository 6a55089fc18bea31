// Samskab web chat. Plain JavaScript, no build step.
// Every text from the person, the bot or staff is put into the page with textContent or text
// nodes, never as HTML, so whatever anyone typed is shown as text and never run.
"use strict";

(function () {
  const HISTORY_KEY = "samskab.transcript";
  const HISTORY_LIMIT = 200;

  const state = {
    csrf: "",
    lang: document.documentElement.lang || "da",
    texts: {},
    maxBytes: 262144,
    busy: false,
    source: null,
    offlineTimer: null,
  };

  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const typing = $("typing");
  const notice = $("notice");
  const composer = $("composer");
  const input = $("message");
  const sendButton = $("send");
  const mineButton = $("mine");

  function t(key, params) {
    const texts = state.texts[state.lang] || {};
    let value = texts[key] || key;
    for (const [name, replacement] of Object.entries(params || {})) {
      value = value.split("{" + name + "}").join(replacement);
    }
    return value;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // -- language -------------------------------------------------------------------------

  function applyLanguage(lang) {
    if (lang && state.texts[lang]) state.lang = lang;
    document.documentElement.lang = state.lang;
    document.title = t("web.title");
    for (const node of document.querySelectorAll("[data-text]")) {
      node.textContent = t(node.dataset.text);
    }
    for (const node of document.querySelectorAll("[data-placeholder]")) {
      node.placeholder = t(node.dataset.placeholder);
    }
    for (const group of log.querySelectorAll(".choices")) {
      group.setAttribute("aria-label", t("web.choices_label"));
    }
  }

  // -- rendering ------------------------------------------------------------------------

  const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]]/g;

  // Text with web addresses as links; only http(s) addresses can become links.
  function appendLinked(parent, text) {
    let last = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      parent.append(document.createTextNode(text.slice(last, match.index)));
      const link = el("a", "", match[0]);
      link.href = match[0];
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      parent.append(link);
      last = match.index + match[0].length;
    }
    parent.append(document.createTextNode(text.slice(last)));
  }

  // Paragraphs at blank lines, line breaks kept, lines starting with "• " as a list.
  function appendText(parent, text) {
    for (const block of text.split(/\n{2,}/)) {
      let paragraph = null;
      let list = null;
      for (const line of block.split("\n")) {
        if (line.startsWith("• ")) {
          if (!list) {
            list = el("ul");
            parent.append(list);
            paragraph = null;
          }
          const item = el("li");
          appendLinked(item, line.slice(2));
          list.append(item);
          continue;
        }
        list = null;
        if (!paragraph) {
          paragraph = el("p");
          parent.append(paragraph);
        } else {
          paragraph.append(el("br"));
        }
        appendLinked(paragraph, line);
      }
    }
  }

  function renderCard(card) {
    const section = el("section", "card");
    const title = el("h3", "", card.title);
    section.append(title);
    const list = el("dl");
    for (const row of card.rows || []) {
      list.append(el("dt", "", row.label), el("dd", "", row.value));
    }
    section.append(list);
    if (card.footer) section.append(el("p", "footer", card.footer));
    return section;
  }

  function renderMessage(entry, live) {
    const item = el("div", "msg " + (entry.who === "me" ? "me" : "bot"));
    const who = el("span", "visually-hidden", t(entry.who === "me" ? "web.you" : "web.bot") + ": ");
    item.append(who);
    if (entry.who === "me") {
      item.append(document.createTextNode(entry.text));
      return item;
    }
    if (entry.card) item.append(renderCard(entry.card));
    appendText(item, entry.text || "");
    if (live && entry.choices && entry.choices.length) {
      const group = el("div", "choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", t("web.choices_label"));
      for (const choice of entry.choices) {
        const button = el("button", "choice", choice.label);
        button.type = "button";
        button.addEventListener("click", () => choose(choice, button));
        group.append(button);
      }
      item.append(group);
    }
    return item;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function remember(entry) {
    try {
      const history = JSON.parse(sessionStorage.getItem(HISTORY_KEY) || "[]");
      history.push({ who: entry.who, text: entry.text, card: entry.card || null });
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify(history.slice(-HISTORY_LIMIT)));
    } catch (error) {
      // Storage full or switched off (private mode): the page still works, only without history.
    }
  }

  function show(entry) {
    log.append(renderMessage(entry, true));
    remember(entry);
    scrollToEnd();
  }

  function showReplies(replies) {
    if (replies && replies.length) disableChoices();
    for (const reply of replies || []) show({ who: "bot", ...reply });
  }

  function disableChoices(chosen) {
    for (const button of log.querySelectorAll(".choice:not(:disabled)")) {
      button.disabled = true;
      if (button === chosen) button.classList.add("chosen");
    }
  }

  // The transcript of this tab (sessionStorage: gone when the tab closes, so nothing lingers
  // on a shared computer), shown above the live part after a reload.
  function showHistory() {
    let history = [];
    try {
      history = JSON.parse(sessionStorage.getItem(HISTORY_KEY) || "[]");
    } catch (error) {
      history = [];
    }
    if (!Array.isArray(history) || !history.length) return;
    const earlier = el("div", "history");
    earlier.append(el("p", "history-mark", t("web.history")));
    for (const entry of history) {
      if (entry && typeof entry.text === "string") earlier.append(renderMessage(entry, false));
    }
    log.append(earlier);
    scrollToEnd();
  }

  // -- talking to the server ------------------------------------------------------------

  function setBusy(busy) {
    state.busy = busy;
    typing.textContent = busy ? t("web.typing") : "";
    sendButton.disabled = busy;
    mineButton.disabled = busy;
    log.setAttribute("aria-busy", busy ? "true" : "false");
  }

  function setNotice(message) {
    notice.textContent = message || "";
  }

  class ApiError extends Error {
    constructor(code, status) {
      super(code);
      this.code = code;
      this.status = status;
    }
  }

  function messageId() {
    if (window.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function timezone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
    } catch (error) {
      return null;
    }
  }

  async function startSession() {
    const query = new URLSearchParams(location.search).get("lang");
    const url = "/chat/session" + (query ? "?lang=" + encodeURIComponent(query) : "");
    const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) throw new ApiError(await errorCode(response), response.status);
    const session = await response.json();
    state.csrf = session.csrf;
    state.texts = session.texts;
    state.maxBytes = session.maxBytes;
    applyLanguage(session.lang);
    setupEmail(session);
  }

  async function errorCode(response) {
    try {
      const body = await response.json();
      return body.error || "server";
    } catch (error) {
      return response.status === 413 ? "too_large" : "server";
    }
  }

  async function post(path, payload, retried) {
    const body = JSON.stringify({ ...payload, lang: state.lang, tz: timezone() });
    if (new Blob([body]).size > state.maxBytes) throw new ApiError("too_large", 413);
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": state.csrf },
        body: body,
      });
    } catch (error) {
      throw new ApiError("network", 0);
    }
    if (response.ok) return response.json();
    const code = await errorCode(response);
    if (code === "session" && !retried) {
      // The cookie expired or the token is old: get a fresh session and try once more.
      await startSession();
      return post(path, payload, true);
    }
    throw new ApiError(code, response.status);
  }

  function errorText(error) {
    const code = error instanceof ApiError ? error.code : "server";
    const texts = state.texts[state.lang] || {};
    // Without texts the session never started: say so in both languages.
    return texts["web.error." + code] || texts["web.error.server"] || "Noget gik galt. / Something went wrong.";
  }

  function explain(error) {
    setNotice(errorText(error));
  }

  async function send(payload, echo) {
    if (state.busy) return false;
    setNotice("");
    setBusy(true);
    const mine = { who: "me", text: echo };
    const node = renderMessage(mine, true);
    log.append(node);
    scrollToEnd();
    try {
      const answer = await post("/chat/send", { ...payload, id: messageId() });
      remember(mine);
      applyLanguage(answer.lang);
      showReplies(answer.replies);
      return true;
    } catch (error) {
      node.remove();
      explain(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function sendText() {
    const text = input.value;
    if (!text.trim() || state.busy) return;
    input.value = "";
    const sent = await send({ text: text }, text);
    if (!sent) input.value = text;
    input.focus();
  }

  async function choose(choice, button) {
    if (state.busy) return;
    disableChoices(button);
    const sent = await send({ choice: choice.value }, choice.label);
    if (!sent) {
      button.disabled = false;
      button.classList.remove("chosen");
    }
    input.focus();
  }

  // Proactive messages (staff answers, status changes, check-ins) while the page is open.
  function listen() {
    if (state.source) state.source.close();
    const source = new EventSource("/chat/events");
    state.source = source;
    source.onopen = () => {
      clearTimeout(state.offlineTimer);
      state.offlineTimer = null;
      if (notice.dataset.offline) {
        delete notice.dataset.offline;
        setNotice("");
      }
    };
    source.onmessage = (event) => {
      try {
        showReplies(JSON.parse(event.data).replies);
      } catch (error) {
        // A broken event is skipped; the next one still arrives.
      }
    };
    source.onerror = () => {
      if (!state.offlineTimer) {
        state.offlineTimer = setTimeout(() => {
          notice.dataset.offline = "1";
          setNotice(t("web.offline"));
        }, 4000);
      }
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (e.g. the server refused it): try again ourselves, a bit later.
        setTimeout(listen, 5000);
      }
    };
  }

  // -- e-mail and forgetting ------------------------------------------------------------

  function setupEmail(session) {
    const box = $("email-box");
    box.hidden = !session.emailEnabled;
    $("email").value = session.email || "";
    $("email-remove").hidden = !session.email;
  }

  async function saveEmail(value) {
    const status = $("email-status");
    status.textContent = "";
    try {
      const answer = await post("/chat/email", { email: value });
      $("email").value = answer.email || "";
      $("email-remove").hidden = !answer.email;
      status.textContent = answer.message;
    } catch (error) {
      status.textContent = errorText(error);
    }
  }

  async function forget() {
    try {
      const answer = await post("/chat/forget", {});
      sessionStorage.removeItem(HISTORY_KEY);
      log.textContent = "";
      setNotice("");
      typing.textContent = answer.message;
      await startSession();
      await resume();
      listen();
    } catch (error) {
      explain(error);
    }
  }

  async function resume() {
    setBusy(true);
    try {
      const answer = await post("/chat/resume", {});
      applyLanguage(answer.lang);
      showReplies(answer.replies);
    } finally {
      setBusy(false);
    }
  }

  // -- start ----------------------------------------------------------------------------

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    sendText();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendText();
    }
  });
  mineButton.addEventListener("click", () => send({ choice: "mine" }, t("web.mine")));
  $("email-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveEmail($("email").value);
  });
  $("email-remove").addEventListener("click", () => saveEmail(""));
  $("forget").addEventListener("click", forget);

  async function main() {
    try {
      await startSession();
      showHistory();
      await resume();
      input.disabled = false;
      listen();
    } catch (error) {
      explain(error);
      input.disabled = false;
      setBusy(false);
    }
  }

  main();
})();
