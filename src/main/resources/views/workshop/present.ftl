<#-- The presenter view for the big screen: no site chrome, the whole width, type sized by the viewport within
     limits; the join screen or the one activity the facilitator put on screen, live. The facilitator drives it
     from the keyboard (presenter.js; the keys are listed on the running page). -->
<!DOCTYPE html>
<html lang="${lang.code()}" dir="${lang.dir()}" class="stage-page">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("workshop.present.title", workshop.title())} – ${t("app.name")}</title>
<link rel="stylesheet" href="/static/css/samrad.css">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
<script type="module" src="/static/js/samrad.js"></script>
</head>
<body class="stage-body">
<main id="main" class="stage" tabindex="-1" data-workshop data-presenter data-code="${workshop.code()}" data-seq="${snapshot.seq()?c}" data-part="/workshops/${workshop.id()?c}/present/part" data-me="a"
     data-control="/workshops/${workshop.id()?c}/control" data-csrf="${csrf}"
     data-msg-connected="${t("workshop.live.connected")}" data-msg-offline="${t("workshop.live.offline")}" data-msg-polling="${t("workshop.live.polling")}"
     data-msg-sent="${t("workshop.sent")}" data-msg-failed="${t("workshop.live.failed")}" data-msg-idea="${t("workshop.live.new-idea")}"
     data-msg-chat="${t("workshop.live.new-chat")}" data-msg-question="${t("workshop.live.new-question")}" data-msg-word="${t("workshop.live.new-word")}"
     data-msg-changed="${t("workshop.live.changed")}" data-structural="${eventTypes.structural()}"
     data-changes="${eventTypes.changes()}" data-announced="${eventTypes.announced()}" data-msg-queued="${t("workshop.live.queued")}">
  <header class="stage__header">
    <h1 class="stage__workshop" dir="auto">${workshop.title()}</h1>
    <p class="stage__connection" data-live-status aria-live="polite"></p>
    <p class="stage__keys"><a href="/workshops/${workshop.id()?c}#shortcuts">${t("workshop.present.keys-hint")}</a></p>
  </header>
  <div class="visually-hidden" aria-live="polite" data-announcer></div>
  <div class="stage__live" data-live-part>
  <#include "present-part.ftl">
  </div>
</main>
</body>
</html>
