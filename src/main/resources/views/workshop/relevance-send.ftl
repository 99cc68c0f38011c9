<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as w>
<@layout.page title=t("workshop.relevance.send-title", a.activity().title())>
<p><a href="/workshops/${workshop.id()?c}#activity-${a.activity().id()?c}">${t("workshop.back", workshop.title())}</a></p>
<#if sent?has_content><div class="notice" role="status">${t("workshop.relevance.sent.plural", sent?number)}</div></#if>
<@f.errorSummary errors/>
<section class="panel" aria-labelledby="agreed-heading">
  <h2 id="agreed-heading">${t("workshop.relevance.agreed-heading")}</h2>
  <#if a.scoring().anyAgreed()>
  <ul>
  <#list a.scoring().lines() as line><#if line.agreedName()?? && line.index() lt targets?size>
    <li><@w.targetName targets[line.index()]/>: <strong>${t("relevance.level." + line.agreedName())}</strong></li>
  </#if></#list>
  </ul>
  <#else>
  <p class="empty">${t("workshop.relevance.none-agreed")}</p>
  </#if>
</section>
<section class="panel" aria-labelledby="send-heading">
  <h2 id="send-heading">${t("workshop.relevance.send-heading")}</h2>
  <#if destinations?has_content>
  <form method="post" action="/workshops/${workshop.id()?c}/activities/${a.activity().id()?c}/relevance" class="form" novalidate>
    <@f.csrfField/>
    <@f.select errors=errors name="destination" label=t("workshop.relevance.destination") options=destinations selected=destination empty=t("workshop.relevance.choose") hint=t("workshop.relevance.destination-hint")/>
    <button type="submit" class="button">${t("workshop.relevance.send")}</button>
  </form>
  <#else>
  <p class="empty">${t("workshop.relevance.no-destinations")}</p>
  </#if>
</section>
</@layout.page>
