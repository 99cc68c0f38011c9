<#import "../layout.ftl" as layout>
<#import "parts.ftl" as g>
<@layout.page title=t("goals.title")>
<p class="lead">${t("goals.lead")}</p>
<section aria-labelledby="agenda-heading">
  <h2 id="agenda-heading"><@g.text agenda.name(lang.code())/></h2>
  <p><@g.text agenda.description(lang.code())/></p>
  <@g.tiles agenda/>
  <p><a href="/goals/${agenda.key()}">${t("goals.framework.all-targets", agenda.targetCount())}</a></p>
</section>
<section aria-labelledby="others-heading">
  <h2 id="others-heading">${t("goals.others")}</h2>
  <ul class="cards">
  <#list others as f>
    <li class="card"><a href="/goals/${f.key()}"><@g.text f.name(lang.code())/></a>
      <p>${t("goals.kind." + f.kind())} · ${t("goals.goal-count.plural", f.goals()?size)}</p></li>
  </#list>
  </ul>
</section>
<#if signedIn>
<section aria-labelledby="own-heading">
  <h2 id="own-heading">${t("goals.own.title")}</h2>
  <#if owned?has_content>
  <ul class="cards">
  <#list owned as f>
    <li class="card"><a href="/goals/${f.key()}"><@g.text f.name(lang.code())/></a>
      <p>${t("goals.goal-count.plural", f.goals()?size)}</p></li>
  </#list>
  </ul>
  <#else>
  <p>${t("goals.own.none")}</p>
  </#if>
  <p><a href="/goals/own">${t("goals.own.manage")}</a></p>
</section>
</#if>
</@layout.page>
