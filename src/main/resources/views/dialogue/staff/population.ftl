<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.population.title", dialogueTitle.value())>
<@p.tabs dialogue "population"/>
<#if done == "saved"><@f.notice "dialogue.staff.done.saved"/></#if>
<p class="lead">${t("dialogue.staff.population.lead")}</p>
<#if !demographicQuestions?has_content>
<p>${t("dialogue.staff.population.none")}</p>
<p><a href="/dialogues/${dialogue.id()?c}/questions#demographics-heading">${t("dialogue.staff.population.add-demographics")}</a></p>
<#else>
<@f.errorSummary errors/>
<form method="post" action="/dialogues/${dialogue.id()?c}/population" class="form" novalidate>
  <@f.csrfField/>
  <#list demographicQuestions as q>
  <fieldset class="population-group">
    <legend>${t("dialogue.staff.demographic." + q.demographic().name())}: <@p.pick dialogue q.text()/></legend>
    <#list q.options() as o>
    <#assign field = "share-" + q.demographic().name()?lower_case + "-" + o.key()>
    <div class="field field--percent<#if errors.has(field)> field--error</#if>">
      <label for="${field}"><@p.pick dialogue o.text()/> (%)</label>
      <#if errors.has(field)><p class="field-error" id="${field}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[field])}</p></#if>
      <input id="${field}" name="${field}" type="text" inputmode="decimal" value="${shares[field]!""}" size="6"<#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if><#if !canEdit> readonly</#if>>
    </div>
    </#list>
  </fieldset>
  </#list>
  <#if canEdit><button type="submit" class="button">${t("form.save")}</button></#if>
</form>
</#if>
</@layout.page>
