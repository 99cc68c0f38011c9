<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("library.synonyms.title")>
<p class="lead">${t("library.synonyms.lead")}</p>
<@f.errorSummary errors/>
<form method="post" action="/library/synonyms" novalidate>
  <@f.csrfField/>
  <@f.input errors "rule" t("library.synonyms.rule") rule "text" "" true t("library.synonyms.hint") maxRule/>
  <button type="submit" class="button">${t("library.synonyms.add")}</button>
</form>
<h2>${t("library.synonyms.added")}</h2>
<#if rules?has_content>
<ul class="plain-list">
  <#list rules as r>
  <li><span dir="auto">${r.rule()}</span>
    <form method="post" action="/library/synonyms/${r.id()?c}/delete" class="inline-form">
      <@f.csrfField/>
      <button type="submit" class="button button--secondary">${t("library.synonyms.remove")}</button>
    </form>
  </li>
  </#list>
</ul>
<#else>
<p>${t("library.synonyms.none")}</p>
</#if>
</@layout.page>
