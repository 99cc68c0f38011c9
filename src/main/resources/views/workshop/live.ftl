<#import "../layout.ftl" as layout>
<@layout.page title=workshop.title()>
<div class="workshop" data-workshop data-code="${workshop.code()}" data-seq="${snapshot.seq()?c}" data-part="/w/${workshop.code()}/part" data-me="${me}"
     data-msg-connected="${t("workshop.live.connected")}" data-msg-offline="${t("workshop.live.offline")}" data-msg-polling="${t("workshop.live.polling")}"
     data-msg-sent="${t("workshop.sent")}" data-msg-failed="${t("workshop.live.failed")}" data-msg-idea="${t("workshop.live.new-idea")}"
     data-msg-chat="${t("workshop.live.new-chat")}" data-msg-question="${t("workshop.live.new-question")}" data-msg-word="${t("workshop.live.new-word")}"
     data-msg-changed="${t("workshop.live.changed")}" data-structural="${eventTypes.structural()}"
     data-changes="${eventTypes.changes()}" data-announced="${eventTypes.announced()}" data-msg-queued="${t("workshop.live.queued")}">
  <p class="lead"><#if participant.displayName()?has_content>${t("workshop.joined-as")} <bdi>${participant.displayName()}</bdi><#else>${t("workshop.joined-anonymously")}</#if></p>
  <p class="workshop__connection" data-live-status aria-live="polite"></p>
  <div class="visually-hidden" aria-live="polite" aria-atomic="false" data-announcer></div>
  <div data-live-part>
  <#include "live-part.ftl">
  </div>
</div>
</@layout.page>
