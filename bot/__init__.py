"""A Telegram assistant that quotes what UNESCO recommends on AI in education.

The map: where one question goes, and where one knowledge edit goes.

One question::

    Telegram update ─► polling.py or webhook.py ─► inbox.py (written to the database before
                       Telegram is told; handled concurrently, one person's in order; flood.py
                       holds back floods)
      ─► handlers/ (routing table in handlers/__init__.py; console.py for the
                       terminal) ─► chat/conversation.py (no Telegram inside; takes one snapshot
                       of the live knowledge: live.py)
      ─► matching/langid.py (which language) ─► matching/smalltalk.py, matching/references.py
         (hello? paragraph 12?) ─► matching/analysis.py + matching/index.py (search, in that
         language) ─► matching/decision.py + features.py + confidence.py (answer, clarify or
         unanswered, with a calibrated confidence) — matching/matcher.py ties these together
      ─► storage.py (record: outcome, feedback, subscriptions; users only as keyed hashes)
      ─► chat/render.py (all the HTML: quotation, source line, buttons of chat/callbacks.py)
      ─► sending.py (to Telegram by the Bot API's rules: rate limit, 429, retries, 403)

One knowledge edit::

    knowledge/*.yaml ─► knowledge/loader.py (load and validate, every problem with file:line)
      ─► knowledge/model.py (frozen objects) ─► matching/matcher.py (a new index, built beside
         the old one) ─► live.py (swap in one step; a base with errors never replaces a good one)

Around them: config.py (environment variables, one place), languages.py (the six languages),
i18n.py (interface strings, Babel catalogs in locales/), logs.py, health.py (the heartbeat),
failures.py (one line and an exit code per start-up failure), service.py + telegram_app.py (the
running Telegram bot), chat/commands.py (THE command table), chat/figures.py (/stats and
/coverage), editors/ (the editors' logic the CLI and Telegram share), cli/ (``python -m bot``, one
module per command group).
"""
