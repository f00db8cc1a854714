import { Component } from '@angular/core';

@Component({
  selector: 'regie-web-feature-strategy',
  imports: [],
  templateUrl: './web-feature-strategy.html',
  styleUrl: './web-feature-strategy.css'
})
export class WebFeatureStrategy {}
