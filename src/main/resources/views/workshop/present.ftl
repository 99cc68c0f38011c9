<#import "../layout.ftl" as layout>
<@layout.page title=t("workshop.present.title", workshop.title())>
<div class="presenter workshop" data-workshop data-code="${workshop.code()}" data-seq="${snapshot.seq()?c}" data-part="/workshops/${workshop.id()?c}/present/part" data-me="a"
     data-msg-connected="${t("workshop.live.connected")}" data-msg-offline="${t("workshop.live.offline")}" data-msg-polling="${t("workshop.live.polling")}"
     data-msg-sent="${t("workshop.sent")}" data-msg-failed="${t("workshop.live.failed")}" data-msg-idea="${t("workshop.live.new-idea")}"
     data-msg-chat="${t("workshop.live.new-chat")}" data-msg-question="${t("workshop.live.new-question")}" data-msg-word="${t("workshop.live.new-word")}"
     data-msg-changed="${t("workshop.live.changed")}" data-structural="${eventTypes.structural()}"
     data-changes="${eventTypes.changes()}" data-announced="${eventTypes.announced()}" data-msg-queued="${t("workshop.live.queued")}">
  <div class="presenter__join">
    <p>${t("workshop.present.join")} <strong>${joinUrl}</strong></p>
    <p>${t("workshop.code")}: <strong class="join-code join-code--large">${workshop.code()}</strong></p>
    <img class="qr" src="/workshops/${workshop.id()?c}/qr.svg" width="220" height="220" alt="${t("workshop.qr-alt", joinUrl)}">
  </div>
  <p class="workshop__connection" data-live-status aria-live="polite"></p>
  <div class="visually-hidden" aria-live="polite" data-announcer></div>
  <div data-live-part>
  <#include "present-part.ftl">
  </div>
</div>
</@layout.page>
