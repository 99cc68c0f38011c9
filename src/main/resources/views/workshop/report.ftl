<#import "../layout.ftl" as layout>
<#import "parts.ftl" as w>
<@layout.page title=t("workshop.report.title", workshop.title())>
<p><a href="/workshops/${workshop.id()?c}">${t("workshop.back", workshop.title())}</a></p>
<p class="lead">${t("workshop.report.lead.plural", fmt.date(workshop.createdAt()), snapshot.participants())}</p>
<ul class="actions">
  <li><a class="button" href="/workshops/${workshop.id()?c}/report/workshop.csv" download>${t("workshop.report.csv")}</a></li>
  <li><a class="button" href="/workshops/${workshop.id()?c}/report/workshop.xlsx" download>${t("workshop.report.xlsx")}</a></li>
  <li><a class="button" href="/workshops/${workshop.id()?c}/report/workshop.pdf" download>${t("workshop.report.pdf")}</a></li>
</ul>
<#if workshop.description()?has_content><p dir="auto">${workshop.description()}</p></#if>
<#list snapshot.activities() as a>
<section class="activity" aria-labelledby="report-${a.activity().id()?c}">
  <h2 id="report-${a.activity().id()?c}">${a.activity().position()}. <bdi>${a.activity().title()}</bdi></h2>
  <p class="activity__status"><span class="tag">${t("workshop.kind." + a.activity().kind())}</span></p>
  <@w.prompt a/>
  <#if tags[a.activity().id()?c]?? && tags[a.activity().id()?c]["0"]??><p class="tags">${t("workshop.tagged")}: <#list tags[a.activity().id()?c]["0"] as e><span class="tag">${e.code()}</span><#sep> </#sep></#list></p></#if>
  <@w.results a/>
</section>
</#list>
<#if !snapshot.activities()?has_content><p class="empty">${t("workshop.agenda.empty")}</p></#if>
</@layout.page>
