<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.questions.title", dialogueTitle.value())>
<@p.tabs dialogue "questions"/>
<#if done?has_content><@f.notice "dialogue.staff.done." + done/></#if>
<@f.problem problem/>
<#if dialogue.versionFrozen()><p class="notice notice--info">${t("dialogue.staff.questions.frozen", dialogue.versionNumber())}</p></#if>
<#if !dialogue.questionnaire().sections()?has_content>
<p>${t("dialogue.staff.questions.none")}</p>
</#if>
<ol class="dialogue-sections">
<#list dialogue.questionnaire().sections() as s>
  <li class="dialogue-section panel" id="section-${s.key()}">
    <h2><span class="visually-hidden">${t("dialogue.staff.section.number", s?index + 1)} </span><@p.pick dialogue s.title()/></h2>
    <#if s.showIf()??><p class="tag">${t("dialogue.staff.conditional")}</p></#if>
    <#if canEdit>
    <div class="button-row">
      <a class="button button--quiet" href="/dialogues/${dialogue.id()?c}/sections/${s.key()}">${t("dialogue.staff.section.edit")}<span class="visually-hidden">: <@p.pick dialogue s.title()/></span></a>
      <#if !s?is_first><@move "sections" s.key() "up" s.title()/></#if>
      <#if !s?is_last><@move "sections" s.key() "down" s.title()/></#if>
      <form method="post" action="/dialogues/${dialogue.id()?c}/sections/${s.key()}/delete" class="inline-form">
        <@f.csrfField/>
        <button type="submit" class="button button--quiet">${t("dialogue.staff.section.delete")}<span class="visually-hidden">: <@p.pick dialogue s.title()/></span></button>
      </form>
    </div>
    </#if>
    <#if s.questions()?has_content>
    <ol class="dialogue-questions">
    <#list s.questions() as q>
      <li class="dialogue-question" id="question-${q.key()}">
        <p class="dialogue-question__text"><@p.pick dialogue q.text()/></p>
        <p class="dialogue-question__meta">
          <span class="tag">${t("dialogue.staff.type." + q.type().name())}</span>
          <#if q.required()><span class="tag">${t("dialogue.staff.question.required")}</span></#if>
          <#if q.showIf()??><span class="tag">${t("dialogue.staff.conditional")}</span></#if>
          <#if q.demographic()??><span class="tag">${t("dialogue.staff.demographic." + q.demographic().name())}</span></#if>
          <#if codes[q.key()]?has_content><span class="tag">${t("dialogue.staff.question.targets-list", codes[q.key()])}</span></#if>
          <#if q.options()?has_content>${t("dialogue.staff.question.option-count.plural", q.options()?size)}</#if>
        </p>
        <#if canEdit>
        <div class="button-row">
          <a class="button button--quiet" href="/dialogues/${dialogue.id()?c}/questions/${q.key()}">${t("dialogue.staff.question.edit")}<span class="visually-hidden">: <@p.pick dialogue q.text()/></span></a>
          <#if !(s?is_first && q?is_first)><@move "questions" q.key() "up" q.text()/></#if>
          <#if !(s?is_last && q?is_last)><@move "questions" q.key() "down" q.text()/></#if>
          <form method="post" action="/dialogues/${dialogue.id()?c}/questions/${q.key()}/delete" class="inline-form">
            <@f.csrfField/>
            <button type="submit" class="button button--quiet">${t("dialogue.staff.question.delete")}<span class="visually-hidden">: <@p.pick dialogue q.text()/></span></button>
          </form>
        </div>
        </#if>
      </li>
    </#list>
    </ol>
    <#else>
    <p>${t("dialogue.staff.section.empty")}</p>
    </#if>
    <#if canEdit><p><a class="button" href="/dialogues/${dialogue.id()?c}/questions/new?section=${s.key()}">${t("dialogue.staff.question.add")}<span class="visually-hidden">: <@p.pick dialogue s.title()/></span></a></p></#if>
  </li>
</#list>
</ol>
<#if canEdit>
<section class="panel" aria-labelledby="add-section-heading">
  <h2 id="add-section-heading">${t("dialogue.staff.section.add")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/dialogues/${dialogue.id()?c}/sections" class="form" novalidate>
    <@f.csrfField/>
    <@p.offeredInput errors=errors name="title" label=t("dialogue.staff.section.title") values=sectionTitles languages=dialogue.languages() required=true maxlength=300 hint=t("dialogue.staff.section.title-hint")/>
    <@p.offeredInput errors=errors name="intro" label=t("dialogue.staff.section.intro") values=sectionIntros languages=dialogue.languages() multiline=true maxlength=3000/>
    <button type="submit" class="button">${t("dialogue.staff.section.add-submit")}</button>
  </form>
</section>
<section class="panel" aria-labelledby="demographics-heading">
  <h2 id="demographics-heading">${t("dialogue.staff.demographics")}</h2>
  <p>${t("dialogue.staff.demographics.text")}</p>
  <form method="post" action="/dialogues/${dialogue.id()?c}/demographics" class="form">
    <@f.csrfField/>
    <button type="submit" class="button button--quiet">${t("dialogue.staff.demographics.add")}</button>
  </form>
</section>
</#if>
</@layout.page>

<#macro move kind key direction text>
<form method="post" action="/dialogues/${dialogue.id()?c}/${kind}/${key}/move" class="inline-form">
  <@f.csrfField/>
  <input type="hidden" name="direction" value="${direction}">
  <button type="submit" class="button button--quiet">${t("dialogue.staff.move." + direction)}<span class="visually-hidden">: <@p.pick dialogue text/></span></button>
</form>
</#macro>
