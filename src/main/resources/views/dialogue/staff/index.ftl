<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.title")>
<p class="lead">${t("dialogue.staff.lead")}</p>
<#if done == "deleted"><@f.notice "dialogue.staff.deleted"/></#if>
<#if dialogues?has_content>
<div class="table-wrap">
<table class="dialogue-list">
  <caption class="visually-hidden">${t("dialogue.staff.title")}</caption>
  <thead><tr><th scope="col">${t("dialogue.staff.list.title")}</th><th scope="col">${t("dialogue.staff.list.state")}</th><th scope="col">${t("dialogue.staff.list.questions")}</th><th scope="col">${t("dialogue.staff.list.closes")}</th></tr></thead>
  <tbody>
  <#list dialogues as d>
    <tr>
      <td><a href="/dialogues/${d.id()?c}"><@g.text d.title(lang.code())/></a></td>
      <td><@p.state d.state()/></td>
      <td>${d.questionnaire().questions()?size}</td>
      <td><#if d.closesAt()??>${fmt.dateTime(d.closesAt())}<#else>–</#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("dialogue.staff.none")}</p>
</#if>
<#if canEdit>
<section class="panel" aria-labelledby="create-heading">
  <h2 id="create-heading">${t("dialogue.staff.create")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/dialogues" class="form" novalidate>
    <@f.csrfField/>
    <@f.translatedInput errors=errors name="title" label=t("dialogue.staff.field.title") values=titles maxlength=200 hint=t("dialogue.staff.field.title-hint")/>
    <@p.languagesField errors chosenLanguages/>
    <button type="submit" class="button">${t("dialogue.staff.create-submit")}</button>
  </form>
</section>
</#if>
</@layout.page>

