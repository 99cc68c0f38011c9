<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("unit.edit.title", unit.name())>
<@f.errorSummary errors/>
<form method="post" action="/admin/organisation/units/${unit.id()?c}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("unit.name") value=formName required=true maxlength=200/>
  <#assign kindOptions = []><#list kinds as k><#assign kindOptions = kindOptions + [[k, t("unit.kind." + k)]]></#list>
  <@f.select errors=errors name="kind" label=t("unit.kind") options=kindOptions selected=formKind required=true/>
  <#assign parentOptions = []><#list units as u><#assign parentOptions = parentOptions + [[u.id()?c, u.name()]]></#list>
  <@f.select errors=errors name="parentId" label=t("unit.parent") options=parentOptions selected=formParent empty=t("unit.parent.none")/>
  <button type="submit" class="button">${t("form.save")}</button>
</form>
<h2>${t("unit.delete.title")}</h2>
<p>${t("unit.delete.text")}</p>
<form method="post" action="/admin/organisation/units/${unit.id()?c}/delete">
  <@f.csrfField/>
  <button type="submit" class="button button--danger">${t("unit.delete.submit", unit.name())}</button>
</form>
<p><a href="/admin/organisation">${t("unit.back")}</a></p>
</@layout.page>
