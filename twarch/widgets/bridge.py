"""The Wizard's link to the page it runs in: browser storage, a heartbeat, downloads and toggle states.

:class:`PageBridge` is a small `anywidget <https://anywidget.dev>`_ whose JavaScript (below, inline: nothing is
fetched) does five things in the browser that a kernel cannot:

* **keeps the work in the browser**: every ``snapshot`` the Wizard publishes (the session as JSON) is written to
  ``localStorage`` under ``twarch:<storage_key>:session:<name>``, and on page load the stored sessions and the
  last one used are sent back (a ``restore`` message), so a reload or a new kernel picks up where the team was;
* **notices a lost kernel**: it pings the kernel every ``heartbeat_ms``; when a kernel that answered stops
  answering for ``lost_after_ms`` it shows a banner (``twarch-connection-lost``) saying what is kept and how to
  recover (``recovery``), and marks the Wizard ``twarch-offline``;
* **downloads** what Python sends it (``download``), in one click, from memory: no file URL, no server route;
* **moves the keyboard** to a control Python names (``focus``: the next question, once its step is open);
* **states toggles for assistive technology**: ``aria-pressed`` on every toggle button in the Wizard, and makes
  the scrolling diagram panel a named region the keyboard can reach.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import anywidget
from traitlets import Int, Unicode

ESM = r"""
const KEY = (model, name) => `twarch:${model.get("storage_key")}:session:${name}`;
const LAST = (model) => `twarch:${model.get("storage_key")}:last`;
const read = (key) => { try { return window.localStorage.getItem(key); } catch (e) { return null; } };
const write = (key, value) => { try { window.localStorage.setItem(key, value); } catch (e) { /* full or blocked */ } };
const send = (model, message) => { try { model.send(message); } catch (e) { /* the kernel is gone */ } };

function storedSessions(model) {
  const prefix = KEY(model, "");
  const found = {};
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key && key.startsWith(prefix)) {
        try { found[key.slice(prefix.length)] = JSON.parse(window.localStorage.getItem(key)); } catch (e) { }
      }
    }
  } catch (e) { }
  return found;
}

function markScrollers(root) {
  // a panel that scrolls (the diagram) must be reachable by keyboard, and named
  for (const panel of root.querySelectorAll(".twarch-diagram")) {
    if (!panel.hasAttribute("tabindex")) {
      panel.setAttribute("tabindex", "0");
      panel.setAttribute("role", "region");
      panel.setAttribute("aria-label", "architecture diagram (scroll with the arrow keys)");
    }
  }
}

function markToggles(root) {
  for (const button of root.querySelectorAll("button.widget-toggle-button, .widget-toggle-buttons button")) {
    const pressed = button.classList.contains("mod-active") ? "true" : "false";
    if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
  }
}

const FOCUSABLE = "input:not([disabled]), select, textarea, button:not([disabled])";

function focusIn(el, selector, tries = 20) {
  // the step's tab is being opened: wait until the field is shown, then put the keyboard on its control
  const root = el.closest(".twarch-wizard") || document;
  const field = root.querySelector(selector);
  const target = field && field.offsetParent !== null ? field.querySelector(FOCUSABLE) : null;
  if (target) {
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  } else if (tries > 0) {
    setTimeout(() => focusIn(el, selector, tries - 1), 50);
  }
}

function whenInWizard(el, then) {
  const root = el.closest(".twarch-wizard");
  if (root) then(root); else setTimeout(() => whenInWizard(el, then), 150);
}

export default {
  render({ model, el }) {
    el.classList.add("twarch-bridge-view");
    const banner = document.createElement("div");
    banner.className = "twarch-connection-lost";
    banner.setAttribute("role", "alert");
    banner.hidden = true;
    const title = document.createElement("strong");
    title.textContent = "The connection to the server was lost. ";
    const text = document.createElement("span");
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = "Reload the page";
    reload.addEventListener("click", () => window.location.reload());
    banner.append(title, text, reload);
    el.appendChild(banner);

    const store = () => {
      const snapshot = model.get("snapshot");
      if (!model.get("storage_key") || !snapshot) return;
      let name = "";
      try { name = JSON.parse(snapshot).name || ""; } catch (e) { return; }
      write(KEY(model, name), snapshot);
      write(LAST(model), name);
    };
    model.on("change:snapshot", store);
    if (model.get("storage_key")) {
      send(model, { type: "restore", last: read(LAST(model)), sessions: storedSessions(model) });
    }

    let lastAnswer = Date.now();
    let answered = false;  // no kernel ever answered (a notebook showing saved widget state): nothing was lost
    let count = 0;
    const lost = (isLost) => {
      banner.hidden = !isLost;
      text.textContent = model.get("recovery") + " ";
      const root = el.closest(".twarch-wizard");
      if (root) root.classList.toggle("twarch-offline", isLost);
    };
    model.on("msg:custom", (message) => {
      if (message.type === "pong") {
        lastAnswer = Date.now();
        answered = true;
        if (!banner.hidden) lost(false);
      } else if (message.type === "focus") {
        focusIn(el, message.selector);
      } else if (message.type === "download") {
        const bytes = Uint8Array.from(atob(message.base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: message.mime }));
        const link = document.createElement("a");
        link.href = url;
        link.download = message.name;
        link.hidden = true;
        el.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
      }
    });
    const beat = setInterval(() => {
      send(model, { type: "ping", n: ++count });
      if (answered && Date.now() - lastAnswer > model.get("lost_after_ms")) lost(true);
    }, model.get("heartbeat_ms"));
    send(model, { type: "ping", n: ++count });  // at once: a kernel that answers this one is one we can lose

    let observer = null;
    whenInWizard(el, (root) => {
      markToggles(root);
      markScrollers(root);
      observer = new MutationObserver(() => { markToggles(root); markScrollers(root); });
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
    });
    return () => { clearInterval(beat); if (observer) observer.disconnect(); };
  },
};
"""


class PageBridge(anywidget.AnyWidget):
    """Browser storage, heartbeat, downloads and ``aria-pressed`` for one Wizard (DOM class ``twarch-bridge``)."""

    _esm = ESM
    storage_key = Unicode("", help="Namespace of the browser storage ('' keeps nothing in the browser).").tag(sync=True)
    snapshot = Unicode("", help="The session as JSON, written to browser storage on every change.").tag(sync=True)
    recovery = Unicode("", help="What the lost-connection banner says is kept and how to get it back.").tag(sync=True)
    heartbeat_ms = Int(4000).tag(sync=True)
    lost_after_ms = Int(12000).tag(sync=True)

    def __init__(self, on_restore: Callable[[dict[str, Any]], None] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_class("twarch-bridge")
        self.on_restore = on_restore
        self.restored = False
        self.on_msg(self._message)

    def _message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not isinstance(content, dict):
            return
        if content.get("type") == "ping":
            self.send({"type": "pong", "n": content.get("n")})
        elif content.get("type") == "restore" and not self.restored:
            self.restored = True  # the first view's browser state wins; a second view of the same Wizard is ignored
            if self.on_restore is not None:
                self.on_restore(content)

    def focus(self, selector: str) -> None:
        """Put the keyboard on the first control inside the element ``selector`` names (once it is shown)."""
        self.send({"type": "focus", "selector": selector})

    def download(self, name: str, data: str | bytes, mime: str) -> None:
        """Have the browser save ``data`` as ``name`` (one click, no link to follow)."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self.send({"type": "download", "name": name, "mime": mime, "base64": base64.b64encode(raw).decode("ascii")})
