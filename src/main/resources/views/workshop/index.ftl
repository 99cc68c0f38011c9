<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("workshop.index.title")>
<p class="lead">${t("workshop.index.lead")}</p>
<#if workshops?has_content>
<ul class="cards">
<#list workshops as w>
  <li class="card"><a href="/workshops/${w.id()?c}">${w.title()}</a>
    <p>${t("workshop.state." + w.status())} · ${t("workshop.code")} <span class="join-code">${w.code()}</span> · ${fmt.date(w.createdAt())}</p></li>
</#list>
</ul>
<#else>
<p>${t("workshop.index.none")}</p>
</#if>
<#if canCreate>
<section class="panel" aria-labelledby="create-heading">
  <h2 id="create-heading">${t("workshop.create")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/workshops" class="form" novalidate>
    <@f.csrfField/>
    <@f.input errors=errors name="title" label=t("workshop.title") value=typed.title!"" required=true maxlength=200/>
    <@f.textarea errors=errors name="description" label=t("workshop.description") value=typed.description!"" maxlength=4000/>
    <div class="checkbox"><input type="checkbox" id="anonymous" name="anonymous" value="on"<#if (typed.anonymous!"") == "on"> checked</#if>><label for="anonymous">${t("workshop.allow-anonymous")}</label></div>
    <button type="submit" class="button">${t("workshop.create-submit")}</button>
  </form>
</section>
</#if>
</@layout.page>
