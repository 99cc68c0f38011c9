<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<@layout.page title=workshop.title()>
<@f.problem problem/>
<#if done == "added"><@f.notice "workshop.activity-added"/><#elseif done == "facilitator"><@f.notice "workshop.facilitator-added"/></#if>
<section class="panel join-panel" aria-labelledby="join-heading">
  <h2 id="join-heading">${t("workshop.join-details")}</h2>
  <div class="join-panel__body">
    <div>
      <p>${t("workshop.code")}: <strong class="join-code">${workshop.code()}</strong></p>
      <p>${t("workshop.join-url")}: <a href="${joinUrl}">${joinUrl}</a></p>
      <p><a href="/workshops/${workshop.id()?c}/present">${t("workshop.present")}</a> · <a href="/workshops/${workshop.id()?c}/report">${t("workshop.report")}</a></p>
    </div>
    <img class="qr" src="/workshops/${workshop.id()?c}/qr.svg" width="160" height="160" alt="${t("workshop.qr-alt", joinUrl)}">
  </div>
</section>
<details class="panel shortcuts" id="shortcuts">
  <summary>${t("workshop.keys.title")}</summary>
  <p>${t("workshop.keys.lead")}</p>
  <dl class="shortcuts__list">
    <div><dt><kbd>→</kbd> <kbd>PgDn</kbd> <kbd>${t("workshop.keys.space")}</kbd></dt><dd>${t("workshop.keys.next")}</dd></div>
    <div><dt><kbd>←</kbd> <kbd>PgUp</kbd></dt><dd>${t("workshop.keys.previous")}</dd></div>
    <div><dt><kbd>J</kbd> <kbd>Home</kbd></dt><dd>${t("workshop.keys.join")}</dd></div>
    <div><dt><kbd>R</kbd></dt><dd>${t("workshop.keys.results")}</dd></div>
    <div><dt><kbd>T</kbd></dt><dd>${t("workshop.keys.timer")}</dd></div>
    <div><dt><kbd>N</kbd></dt><dd>${t("workshop.keys.names")}</dd></div>
    <div><dt><kbd>F</kbd></dt><dd>${t("workshop.keys.fullscreen")}</dd></div>
  </dl>
  <p class="hint">${t("workshop.keys.rtl")}</p>
</details>
<div class="workshop" data-workshop data-code="${workshop.code()}" data-seq="${snapshot.seq()?c}" data-part="/workshops/${workshop.id()?c}/part" data-me="a"
     data-msg-connected="${t("workshop.live.connected")}" data-msg-offline="${t("workshop.live.offline")}" data-msg-polling="${t("workshop.live.polling")}"
     data-msg-sent="${t("workshop.sent")}" data-msg-failed="${t("workshop.live.failed")}" data-msg-idea="${t("workshop.live.new-idea")}"
     data-msg-chat="${t("workshop.live.new-chat")}" data-msg-question="${t("workshop.live.new-question")}" data-msg-word="${t("workshop.live.new-word")}"
     data-msg-changed="${t("workshop.live.changed")}" data-structural="${eventTypes.structural()}"
     data-changes="${eventTypes.changes()}" data-announced="${eventTypes.announced()}" data-msg-queued="${t("workshop.live.queued")}">
  <p class="workshop__connection" data-live-status aria-live="polite"></p>
  <div class="visually-hidden" aria-live="polite" data-announcer></div>
  <div data-live-part>
  <#include "run-part.ftl">
  </div>
</div>
<section class="panel" aria-labelledby="add-heading" id="add">
  <h2 id="add-heading">${t("workshop.add-activity")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/workshops/${workshop.id()?c}/activities" class="form" novalidate>
    <@f.csrfField/>
    <@f.select errors=errors name="kind" label=t("workshop.kind") options=kindList(kinds) selected=form.kind()/>
    <@f.input errors=errors name="title" label=t("workshop.activity-title") value=form.title() required=true maxlength=300/>
    <@f.textarea errors=errors name="prompt" label=t("workshop.prompt") value=form.prompt() maxlength=4000/>
    <fieldset class="kind-settings">
      <legend>${t("workshop.settings.choices")}</legend>
      <@f.textarea errors=errors name="options" label=t("workshop.options") value=form.options() hint=t("workshop.options-hint")/>
      <div class="checkbox"><input type="checkbox" id="multiple" name="multiple" value="on"<#if form.multiple()> checked</#if>><label for="multiple">${t("workshop.multiple")}</label></div>
      <@f.input errors=errors name="budget" label=t("workshop.budget") value=form.budget() type="number"/>
      <@f.input errors=errors name="cap" label=t("workshop.cap") value=form.cap() type="number"/>
    </fieldset>
    <fieldset class="kind-settings">
      <legend>${t("workshop.settings.rating")}</legend>
      <@f.input errors=errors name="min" label=t("workshop.min") value=form.min() type="number"/>
      <@f.input errors=errors name="max" label=t("workshop.max") value=form.max() type="number"/>
    </fieldset>
    <fieldset class="kind-settings">
      <legend>${t("workshop.settings.breakout")}</legend>
      <@f.textarea errors=errors name="questions" label=t("workshop.questions") value=form.questions() hint=t("workshop.questions-hint")/>
      <@f.input errors=errors name="groups" label=t("workshop.groups.count") value=form.groups() type="number"/>
      <@f.select errors=errors name="grouping" label=t("workshop.groups.mode") options=[["RANDOM", t("workshop.groups.mode.RANDOM")], ["SELF", t("workshop.groups.mode.SELF")], ["LIST", t("workshop.groups.mode.LIST")]] selected=form.grouping()/>
    </fieldset>
    <fieldset class="kind-settings">
      <legend>${t("workshop.settings.qa")}</legend>
      <div class="checkbox"><input type="checkbox" id="moderated" name="moderated" value="on"<#if form.moderated()> checked</#if>><label for="moderated">${t("workshop.moderated")}</label></div>
    </fieldset>
    <#if errors.has("targets")><p class="field-error" id="targets-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
    <@g.picker model=picker legend=t("workshop.sdg.targets") hint=t("workshop.sdg.targets-hint")/>
    <button type="submit" class="button">${t("workshop.add-activity-submit")}</button>
  </form>
</section>
<section class="panel" aria-labelledby="people-heading" id="people">
  <h2 id="people-heading">${t("workshop.facilitators")}</h2>
  <ul class="people">
  <#list facilitators as s>
    <li><bdi>${s.displayName()}</bdi> <#if facilitators?size gt 1>
      <form method="post" action="/workshops/${workshop.id()?c}/facilitators/${s.id()?c}/delete" class="inline-form"><@f.csrfField/>
        <button type="submit" class="button button--quiet">${t("workshop.remove")}<span class="visually-hidden"> <bdi>${s.displayName()}</bdi></span></button></form></#if></li>
  </#list>
  </ul>
  <#if candidates?has_content>
  <form method="post" action="/workshops/${workshop.id()?c}/facilitators" class="form form--inline">
    <@f.csrfField/>
    <@f.select errors=noErrors name="account" label=t("workshop.add-facilitator") options=candidateList(candidates)/>
    <button type="submit" class="button">${t("workshop.add")}</button>
  </form>
  </#if>
</section>
</@layout.page>
<#function kindList kinds><#local list = []><#list kinds as k><#local list = list + [[k?string, t("workshop.kind." + k)]]></#list><#return list></#function>
<#function candidateList candidates><#local list = []><#list candidates as c><#local list = list + [[c.id()?c, c.displayName()]]></#list><#return list></#function>
