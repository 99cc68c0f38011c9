<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.section.edit-title")>
<@p.tabs dialogue "questions"/>
<p><a href="/dialogues/${dialogue.id()?c}/questions#section-${section.key()}">${t("dialogue.staff.back-to-questions")}</a></p>
<@f.errorSummary errors/>
<form method="post" action="/dialogues/${dialogue.id()?c}/sections/${section.key()}" class="form" novalidate>
  <@f.csrfField/>
  <@p.offeredInput errors=errors name="title" label=t("dialogue.staff.section.title") values=sectionTitles languages=dialogue.languages() required=true maxlength=300/>
  <@p.offeredInput errors=errors name="intro" label=t("dialogue.staff.section.intro") values=sectionIntros languages=dialogue.languages() multiline=true maxlength=3000/>
  <@p.conditionField errors earlier showIf dialogue/>
  <button type="submit" class="button"<#if !canEdit> disabled</#if>>${t("form.save")}</button>
</form>
</@layout.page>
