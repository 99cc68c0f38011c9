<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<@layout.page title=question.value() titleLang=question.lang()>
<p class="breadcrumbs"><a href="/dialogues/${dialogue.id()?c}/results<#if filterQuery?has_content>?${filterQuery}</#if>">${t("dialogue.results.back-to-results")}</a></p>
<#if done?has_content><@f.notice "dialogue.moderation." + done/></#if>
<#if problem?has_content><@f.problem problem/></#if>
<form method="get" action="/dialogues/${dialogue.id()?c}/results/texts/${questionKey}" class="form form--row" role="search">
  <div class="field">
    <label for="q">${t("dialogue.moderation.search")}</label>
    <input id="q" name="q" type="search" value="${q}">
  </div>
  <button type="submit" class="button">${t("dialogue.moderation.search-button")}</button>
</form>
<#if answers?has_content>
<ol class="text-answers">
<#list answers as item>
<#assign a = item.answer>
<li class="text-answer<#if a.hidden()> text-answer--hidden</#if>" id="answer-${a.id()?c}">
  <blockquote lang="${a.lang()}" dir="auto"><p>${a.text()}</p></blockquote>
  <#if a.hidden()><p class="tag">${t("dialogue.moderation.hidden")}</p></#if>
  <#if canEdit>
  <div class="text-answer__actions">
    <form method="post" action="/dialogues/${dialogue.id()?c}/results/answers/${a.id()?c}/${a.hidden()?then("restore", "hide")}" class="inline-form">
      <@f.csrfField/><input type="hidden" name="question" value="${questionKey}"><input type="hidden" name="q" value="${q}"><input type="hidden" name="page" value="${page?c}">
      <button type="submit" class="button button--small button--quiet">${a.hidden()?then(t("dialogue.moderation.restore"), t("dialogue.moderation.hide"))}<span class="visually-hidden"> ${t("dialogue.moderation.answer-number", a.id()?c)}</span></button>
    </form>
    <form method="post" action="/dialogues/${dialogue.id()?c}/results/answers/${a.id()?c}/targets" class="inline-form">
      <@f.csrfField/><input type="hidden" name="question" value="${questionKey}"><input type="hidden" name="q" value="${q}"><input type="hidden" name="page" value="${page?c}">
      <label for="codes-${a.id()?c}">${t("dialogue.moderation.targets")}</label>
      <input id="codes-${a.id()?c}" name="codes" type="text" class="input--short" value="${item.codes}" aria-describedby="codes-hint" dir="ltr">
      <button type="submit" class="button button--small">${t("dialogue.moderation.tag")}<span class="visually-hidden"> ${t("dialogue.moderation.answer-number", a.id()?c)}</span></button>
    </form>
  </div>
  <#elseif item.codes?has_content><p>${t("dialogue.moderation.targets")}: ${item.codes}</p>
  </#if>
</li>
</#list>
</ol>
<#if canEdit><p class="hint" id="codes-hint">${t("dialogue.moderation.targets-hint")}</p></#if>
<nav class="pagination" aria-label="${t("dialogue.moderation.pages")}">
  <#if page gt 1><a href="?q=${q?url}&amp;page=${(page - 1)?c}<#if filterQuery?has_content>&amp;${filterQuery}</#if>">${t("dialogue.moderation.previous")}</a></#if>
  <#if hasNext><a href="?q=${q?url}&amp;page=${(page + 1)?c}<#if filterQuery?has_content>&amp;${filterQuery}</#if>">${t("dialogue.moderation.next")}</a></#if>
</nav>
<#else>
<p>${t("dialogue.moderation.none")}</p>
</#if>
</@layout.page>
