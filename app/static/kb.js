/* The kennisbank's own behaviour on top of Gradio:
   - Dutch names for the few labels and messages Gradio writes in English whatever the locale
     (aria-labels, titles, connection and error toasts);
   - tabs that follow the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs, and only
     the selected tab is in the Tab order;
   - [n] links in an answer move the focus to source card n. */
(() => {
  const DUTCH = {
    "chatbot conversation": "Gesprek met de kennisbank",
    "Loading response": "Het antwoord wordt gezocht",
    "Scroll down": "Naar het nieuwste bericht",
    "More tabs": "Meer tabbladen",
    "Table actions": "Tabelacties",
    "Fullscreen": "Volledig scherm",
    "Exit fullscreen": "Volledig scherm sluiten",
    "Copy message": "Bericht kopiëren",
    "Copied message": "Bericht gekopieerd",
    "Copy": "Kopiëren",
    "Copied": "Gekopieerd",
    "Like": "Goed antwoord",
    "Dislike": "Geen goed antwoord",
    "Vind ik leuk": "Goed antwoord",
    "Vind ik niet leuk": "Geen goed antwoord",
    "Feedback": "Beoordeling",
    "Clear": "Wissen",
    "Close": "Sluiten",
    "Remove": "Verwijderen",
    "Download": "Downloaden",
    "Error": "Fout",
    "Warning": "Waarschuwing",
    "Info": "Melding",
    "Success": "Gelukt",
    "Connection Lost": "Verbinding verbroken",
    "Connection to the server was lost. Attempting reconnection...":
      "De verbinding met de kennisbank is verbroken. Zodra de server weer bereikbaar is, wordt de pagina opnieuw geladen.",
    "Connection errored out.":
      "De verbinding met de kennisbank is verbroken. Controleer uw internetverbinding en probeer het opnieuw.",
    "This application is currently busy. Please try again.":
      "De kennisbank is op dit moment druk. Probeer het over een paar seconden opnieuw.",
    "Lost connection due to leaving page. Rejoining queue...":
      "De verbinding was verbroken omdat u de pagina verliet. Uw vraag wordt opnieuw in behandeling genomen.",
  };
  const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt"];
  const MESSAGE_AREAS = ".toast-body, .toast-title, .toast-text, .toast-details, .error, .validation-error";

  function dutch(text) {
    const key = (text || "").trim();
    if (DUTCH[key]) return DUTCH[key];
    // Gradio adds the option to "Remove x" buttons in its menus, and the text to each chat message
    if (key.startsWith("Remove ")) return "Verwijder " + key.slice(7);
    if (key.startsWith("user's message: ")) return "Uw vraag";
    if (key.startsWith("bot's message: ")) return "Antwoord van de kennisbank";
    return null;
  }

  // Gradio's progress line ("processing |", "queue: 2/5 |") sits in plain elements: match it exactly
  function dutchStatus(text) {
    const key = (text || "").trim();
    if (key === "processing |") return "bezig |";
    const queue = /^queue: (\d+)\/(\d*) \|$/.exec(key);
    return queue ? `wachtrij: ${queue[1]}/${queue[2]} |` : null;
  }

  function translateElement(el) {
    for (const name of ATTRIBUTES) {
      if (el.hasAttribute && el.hasAttribute(name)) {
        const better = dutch(el.getAttribute(name));
        if (better) el.setAttribute(name, better);
      }
    }
  }

  function translateTree(root) {
    if (!(root instanceof Element)) return;
    translateElement(root);
    root.querySelectorAll("[aria-label], [title], [placeholder], [alt]").forEach(translateElement);
    const everything = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = everything.nextNode(); node; node = everything.nextNode()) {
      const better = dutchStatus(node.nodeValue);
      if (better) node.nodeValue = better;
    }
    const areas = root.matches(MESSAGE_AREAS) ? [root] : [...root.querySelectorAll(MESSAGE_AREAS)];
    for (const area of areas) {
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const better = dutch(node.nodeValue);
        if (better) node.nodeValue = better;
      }
    }
  }

  function rovingTabs(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('[role="tablist"]').forEach((list) => {
      list.querySelectorAll('[role="tab"]').forEach((tab) => {
        tab.setAttribute("tabindex", tab.getAttribute("aria-selected") === "true" ? "0" : "-1");
      });
    });
  }

  let scheduled = false;
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === "attributes") translateElement(m.target);
      else m.addedNodes.forEach(translateTree);
      if (m.type === "characterData") {
        const inMessage = m.target.parentElement?.closest(MESSAGE_AREAS);
        const better = dutchStatus(m.target.nodeValue) || (inMessage ? dutch(m.target.nodeValue) : null);
        if (better) m.target.nodeValue = better;
      }
    }
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => { scheduled = false; rovingTabs(document); });
    }
  });

  function start() {
    document.documentElement.setAttribute("lang", "nl");
    translateTree(document.body);
    rovingTabs(document);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true,
                                      attributeFilter: [...ATTRIBUTES, "aria-selected"] });
  }

  document.addEventListener("keydown", (event) => {
    const tab = event.target.closest ? event.target.closest('[role="tab"]') : null;
    if (!tab) return;
    const list = tab.closest('[role="tablist"]');
    const tabs = [...list.querySelectorAll('[role="tab"]')].filter((t) => !t.disabled && t.offsetParent !== null);
    const here = tabs.indexOf(tab);
    const target = { ArrowRight: tabs[(here + 1) % tabs.length], ArrowLeft: tabs[(here - 1 + tabs.length) % tabs.length],
                     Home: tabs[0], End: tabs[tabs.length - 1] }[event.key];
    if (!target) return;
    event.preventDefault();
    target.click();
    target.focus();
  });

  document.addEventListener("click", (event) => {
    // Gradio makes the href absolute (http://host/#kb-bron-1); the card's id is in the hash
    const link = event.target.closest ? event.target.closest('a[href*="#kb-bron-"]') : null;
    if (!link) return;
    const card = document.getElementById(link.hash.slice(1));
    event.preventDefault();
    if (!card) return;
    document.querySelectorAll(".kb-highlight").forEach((c) => c.classList.remove("kb-highlight"));
    card.classList.add("kb-highlight");
    card.scrollIntoView({ block: "start", behavior: "smooth" });
    card.focus({ preventScroll: true });
  }, true);

  // A question is what the box held when Enter was pressed or "Vraag" clicked. Gradio reads the box a
  // moment later, after text typed since then; so the text is noted here, before Gradio's own handlers,
  // and the send step (SEND_JS in app/chat.py) takes the oldest note.
  window.kbOutbox = [];
  function noteQuestion() {
    const box = document.querySelector("#kb-question textarea");
    if (box) window.kbOutbox.push(box.value);
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.target.closest
        && event.target.closest("#kb-question")) noteQuestion();
  }, true);
  document.addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest("#kb-send")) noteQuestion();
  }, true);

  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
